package org.jkeras.spi;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the backends on the classpath and picks one.
 *
 * <p>Providers are found with {@link ServiceLoader}. When a model is created without naming a
 * backend, the choice is, in order: the system property {@code jkeras.backend}; the environment
 * variable {@code JKERAS_BACKEND}; the {@code backend} of {@code ~/.jkeras/jkeras.json} (for
 * example {@code {"backend": "cpu-java", "floatx": "float32"}}); else the available provider of
 * highest rank, ties broken by name, so the choice never depends on classpath order.
 *
 * <pre>{@code
 * for (BackendInfo info : Backends.list()) {
 *     System.out.println(info);
 * }
 * Backend backend = Backends.create("cpu-java");
 * }</pre>
 *
 * <p>An unknown name throws {@link IllegalArgumentException}; a named backend that is unavailable,
 * two providers sharing a name, and no (available) provider at all throw {@link
 * IllegalStateException}. Each message lists the backends found and says what to do. The backend
 * chosen is logged once at info through {@link System.Logger}.
 */
public final class Backends {

    private static final System.Logger LOG = System.getLogger(Backends.class.getName());
    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    private Backends() {}

    /** Describes every backend found, highest rank first, whether available or not. */
    public static List<BackendInfo> list() {
        return selector().sorted().stream().map(BackendInfo::of).toList();
    }

    /** Creates the backend the discovery order picks. */
    public static Backend create() {
        return create(null);
    }

    /**
     * Creates the named backend, or the one the discovery order picks when {@code name} is null.
     *
     * @throws IllegalArgumentException if no backend has that name
     * @throws IllegalStateException if it is unavailable, or none is found
     */
    public static Backend create(String name) {
        BackendProvider provider = select(name);
        Backend backend = provider.create();
        if (ANNOUNCED.add(provider.name())) {
            LOG.log(
                    Level.INFO,
                    "jkeras backend: {0} {1} on {2}",
                    provider.name(),
                    provider.version(),
                    provider.device());
        }
        return backend;
    }

    /**
     * Returns the provider the discovery order picks for {@code name} (null: no explicit name).
     *
     * @throws IllegalArgumentException if no backend has that name
     * @throws IllegalStateException if it is unavailable, or none is found
     */
    public static BackendProvider select(String name) {
        return selector().select(name);
    }

    private static BackendSelector selector() {
        List<BackendProvider> providers =
                ServiceLoader.load(BackendProvider.class).stream()
                        .map(ServiceLoader.Provider::get)
                        .toList();
        Path config = Path.of(System.getProperty("user.home"), ".jkeras", "jkeras.json");
        return new BackendSelector(providers, System::getProperty, System::getenv, config);
    }
}
