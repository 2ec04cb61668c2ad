package org.jkeras.cli;

import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;
import org.jkeras.spi.Backends;

/**
 * A backend no services file on the test classpath lists: the tests list it in a folder of their
 * own and pass that folder with {@code --classpath}, as a user adds a vendor's jar.
 */
public final class ExtraBackendProvider implements BackendProvider {

    static final String NAME = "extra-test";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "1.2.3";
    }

    @Override
    public String device() {
        return "cpu";
    }

    @Override
    public int rank() {
        return -2;
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public Backend create() {
        return Backends.create("cpu-java");
    }
}
