package org.jkeras.backend.djl;

import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;

/**
 * Registers the TensorFlow backend with {@link java.util.ServiceLoader}.
 *
 * <p>Discovery is cheap: {@link #availability()} looks for DJL's classes and the native jar's
 * resources without loading anything, and {@link #device()} says {@code cpu, or gpu if TensorFlow
 * sees one} until the backend has been created. {@link #create()} loads TensorFlow once per process
 * (extracting the natives on first use, see the module README); if that fails, the failure becomes
 * the reason {@link #availability()} gives from then on.
 */
public final class DjlTfBackendProvider implements BackendProvider {

    private static final String FALLBACK_VERSION = "0.1.0-SNAPSHOT";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public DjlTfBackendProvider() {}

    @Override
    public String name() {
        return DjlTfBackend.NAME;
    }

    @Override
    public String version() {
        String version = DjlTfBackendProvider.class.getPackage().getImplementationVersion();
        String own = version == null || version.isBlank() ? FALLBACK_VERSION : version;
        return own + " (" + TfNatives.describeLibraries() + ")";
    }

    @Override
    public String device() {
        try {
            TfRuntime runtime = TfRuntime.ifCreated();
            return runtime == null ? "cpu, or gpu if TensorFlow sees one" : runtime.device();
        } catch (LinkageError e) {
            return "none (" + e + ")";
        }
    }

    /** Ranks above cpu-java (10): TensorFlow's kernels win on large layers. */
    @Override
    public int rank() {
        return 20;
    }

    @Override
    public Availability availability() {
        try {
            return TfNatives.availability();
        } catch (LinkageError e) {
            // DJL missing or broken on the class path: discovery must go on without this backend.
            return Availability.unavailable("DJL's TensorFlow classes cannot be loaded: " + e);
        }
    }

    @Override
    public Backend create() {
        return new DjlTfBackend(TfRuntime.get());
    }
}
