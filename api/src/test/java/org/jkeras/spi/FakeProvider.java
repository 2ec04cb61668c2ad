package org.jkeras.spi;

/** A provider that only describes itself, for discovery tests. */
class FakeProvider implements BackendProvider {

    private final String name;
    private final int rank;
    private final Availability availability;

    FakeProvider(String name, int rank, Availability availability) {
        this.name = name;
        this.rank = rank;
        this.availability = availability;
    }

    static FakeProvider available(String name, int rank) {
        return new FakeProvider(name, rank, Availability.ok());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String device() {
        return "test";
    }

    @Override
    public int rank() {
        return rank;
    }

    @Override
    public Availability availability() {
        return availability;
    }

    @Override
    public Backend create() {
        throw new UnsupportedOperationException("a fake provider creates no backend");
    }
}
