package org.jkeras.backend.cpu;

import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;

/**
 * Registers the pure-Java backend with {@link java.util.ServiceLoader}. It runs on any JVM, so it
 * is always available, and its low rank lets any accelerated backend on the classpath win.
 */
public final class CpuJavaBackendProvider implements BackendProvider {

    private static final String FALLBACK_VERSION = "0.1.0-SNAPSHOT";
    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public CpuJavaBackendProvider() {}

    @Override
    public String name() {
        return CpuBackend.NAME;
    }

    @Override
    public String version() {
        String version = CpuJavaBackendProvider.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? FALLBACK_VERSION : version;
    }

    @Override
    public String device() {
        return "cpu ("
                + Parallel.threads()
                + " threads, vector API "
                + (vectorApiPresent() ? "on" : "off")
                + ")";
    }

    @Override
    public int rank() {
        return 10;
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public Backend create() {
        return new CpuBackend();
    }

    /** Whether the JVM was started with the incubating vector API module resolved. */
    private static boolean vectorApiPresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }
}
