package org.jkeras.backend.nd4j;

import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;

/**
 * Registers the ND4J backend with {@link java.util.ServiceLoader}. It ranks above the pure-Java
 * backend, so it is picked by default wherever its natives load. Nothing native is touched until
 * {@link #availability()}, {@link #device()} or {@link #create()} is first called.
 */
public final class Nd4jBackendProvider implements BackendProvider {

    private static final String FALLBACK_VERSION = "0.1.0-SNAPSHOT";
    private static final String ND4J_VERSION = "1.0.0-M2.1";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Nd4jBackendProvider() {}

    @Override
    public String name() {
        return Nd4jBackend.NAME;
    }

    @Override
    public String version() {
        String version = Nd4jBackendProvider.class.getPackage().getImplementationVersion();
        String own = version == null || version.isBlank() ? FALLBACK_VERSION : version;
        return own + " (ND4J " + ND4J_VERSION + ")";
    }

    @Override
    public String device() {
        return NativeProbe.device();
    }

    @Override
    public int rank() {
        return 20;
    }

    @Override
    public Availability availability() {
        return NativeProbe.availability();
    }

    @Override
    public Backend create() {
        Availability availability = availability();
        if (!availability.available()) {
            throw new IllegalStateException(
                    "backend nd4j is unavailable: " + availability.reason());
        }
        return new Nd4jBackend();
    }
}
