package org.jkeras.spi;

import java.lang.reflect.Proxy;

/**
 * A provider found through {@code META-INF/services} on the test classpath, whose backend does
 * nothing: enough for {@link Backends#create(String)} to run and announce it.
 */
public final class AnnouncedTestProvider implements BackendProvider {

    static final String NAME = "announced-test";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "2.5";
    }

    @Override
    public String device() {
        return "nowhere";
    }

    @Override
    public int rank() {
        return 1;
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public Backend create() {
        return (Backend)
                Proxy.newProxyInstance(
                        Backend.class.getClassLoader(),
                        new Class<?>[] {Backend.class},
                        (proxy, method, args) -> {
                            throw new UnsupportedOperationException(method.getName());
                        });
    }
}
