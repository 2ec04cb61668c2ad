package org.jkeras.conformance;

import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;

/** Registers the reference backend for discovery, as the training case requires. */
public class ReferenceBackendProvider implements BackendProvider {

    @Override
    public String name() {
        return ReferenceBackend.NAME;
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public String device() {
        return "cpu (float64 reference)";
    }

    @Override
    public int rank() {
        return -100;
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public Backend create() {
        return new ReferenceBackend();
    }
}
