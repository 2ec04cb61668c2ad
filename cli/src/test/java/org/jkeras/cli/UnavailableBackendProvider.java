package org.jkeras.cli;

import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;

/** A backend found on the classpath that cannot run here, as one whose natives fail to load. */
public final class UnavailableBackendProvider implements BackendProvider {

    static final String NAME = "unavailable-test";
    static final String REASON = "its native library is missing on this machine";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "0.0";
    }

    @Override
    public String device() {
        return "gpu";
    }

    @Override
    public int rank() {
        return -1;
    }

    @Override
    public Availability availability() {
        return Availability.unavailable(REASON);
    }

    @Override
    public Backend create() {
        throw new IllegalStateException(NAME + " is unavailable: " + REASON);
    }
}
