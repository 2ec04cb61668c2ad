package org.jkeras.spi;

/** A second provider class, to show two classes claiming one name. */
class OtherFakeProvider extends FakeProvider {

    OtherFakeProvider(String name) {
        super(name, 1, Availability.ok());
    }
}
