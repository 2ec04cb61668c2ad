package org.jkeras.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Picks one provider from those found, in the documented order: an explicit name, the system
 * property {@code jkeras.backend}, the environment variable {@code JKERAS_BACKEND}, the file {@code
 * ~/.jkeras/jkeras.json}, else the available provider of highest rank (ties broken by name). Its
 * sources are passed in so that tests can stand in for the process's.
 */
final class BackendSelector {

    static final String PROPERTY = "jkeras.backend";
    static final String ENVIRONMENT = "JKERAS_BACKEND";

    private final List<BackendProvider> providers;
    private final UnaryOperator<String> systemProperties;
    private final UnaryOperator<String> environment;
    private final Path configFile;

    BackendSelector(
            List<BackendProvider> providers,
            UnaryOperator<String> systemProperties,
            UnaryOperator<String> environment,
            Path configFile) {
        this.providers = List.copyOf(providers);
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.configFile = configFile;
    }

    /** Returns the providers sorted by descending rank, then name. */
    List<BackendProvider> sorted() {
        List<BackendProvider> sorted = new ArrayList<>(providers);
        sorted.sort(
                Comparator.comparingInt(BackendProvider::rank)
                        .reversed()
                        .thenComparing(BackendProvider::name));
        return sorted;
    }

    /**
     * Returns the provider to use, given the name the caller asked for (null if none).
     *
     * @throws IllegalArgumentException if the requested name is unknown
     * @throws IllegalStateException if no provider is found, none is available, the requested one
     *     is unavailable, or two providers share a name
     */
    BackendProvider select(String explicitName) {
        if (providers.isEmpty()) {
            throw new IllegalStateException(
                    "no jkeras backend found on the classpath. Add a backend jar, such as"
                            + " org.jkeras:jkeras-backend-cpu-java, to the classpath.");
        }
        rejectDuplicateNames();

        String[] request = request(explicitName);
        if (request != null) {
            return named(request[0], request[1]);
        }
        for (BackendProvider provider : sorted()) {
            if (provider.availability().available()) {
                return provider;
            }
        }
        throw new IllegalStateException(
                "no available jkeras backend. Found: "
                        + describe()
                        + ". Fix the reason given, or add another backend jar to the"
                        + " classpath.");
    }

    /** Returns {name, where it came from} for the first source that names a backend. */
    private String[] request(String explicitName) {
        if (present(explicitName)) {
            return new String[] {explicitName.trim(), "requested in code"};
        }
        String property = systemProperties.apply(PROPERTY);
        if (present(property)) {
            return new String[] {property.trim(), "system property " + PROPERTY};
        }
        String variable = environment.apply(ENVIRONMENT);
        if (present(variable)) {
            return new String[] {variable.trim(), "environment variable " + ENVIRONMENT};
        }
        String configured = configuredBackend();
        if (present(configured)) {
            return new String[] {configured.trim(), "file " + configFile};
        }
        return null;
    }

    private BackendProvider named(String name, String source) {
        for (BackendProvider provider : providers) {
            if (provider.name().equals(name)) {
                Availability availability = provider.availability();
                if (!availability.available()) {
                    throw new IllegalStateException(
                            "backend '"
                                    + name
                                    + "' ("
                                    + source
                                    + ") is unavailable: "
                                    + availability.reason()
                                    + ". Found: "
                                    + describe()
                                    + ". Fix the reason given, or pick another backend.");
                }
                return provider;
            }
        }
        throw new IllegalArgumentException(
                "backend: unknown name '"
                        + name
                        + "' ("
                        + source
                        + "). Found: "
                        + describe()
                        + ". Pick one of those names, or add the backend's jar to the"
                        + " classpath.");
    }

    private void rejectDuplicateNames() {
        Map<String, List<String>> classesByName = new HashMap<>();
        for (BackendProvider provider : providers) {
            classesByName
                    .computeIfAbsent(provider.name(), k -> new ArrayList<>())
                    .add(provider.getClass().getName());
        }
        for (BackendProvider provider : sorted()) {
            List<String> classes = classesByName.get(provider.name());
            if (classes.size() > 1) {
                throw new IllegalStateException(
                        "two backends are named '"
                                + provider.name()
                                + "': "
                                + String.join(", ", classes)
                                + ". Found: "
                                + describe()
                                + ". Remove one of their jars from the classpath.");
            }
        }
    }

    private String configuredBackend() {
        if (configFile == null || !Files.isRegularFile(configFile)) {
            return null;
        }
        Map<String, String> config;
        try {
            config = FlatJson.parse(Files.readString(configFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + configFile, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    configFile + " is not a valid jkeras.json: " + e.getMessage(), e);
        }
        String floatx = config.get("floatx");
        if (floatx != null && !floatx.equals("float32")) {
            throw new IllegalArgumentException(
                    "floatx in "
                            + configFile
                            + " must be float32, the only type jkeras computes in. Received: "
                            + floatx);
        }
        return config.get("backend");
    }

    /** Lists every provider found with its availability, for error messages. */
    String describe() {
        return sorted().stream()
                .map(p -> BackendInfo.of(p).toString())
                .collect(Collectors.joining("; "));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
