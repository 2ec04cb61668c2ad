package org.jkeras.spi;

/**
 * A description of one backend found on the classpath, as {@link Backends#list()} reports it.
 *
 * @param name the name users select it by
 * @param version its version
 * @param device where it computes
 * @param rank its preference when no backend is named
 * @param availability whether it can run, and why not
 */
public record BackendInfo(
        String name, String version, String device, int rank, Availability availability) {

    /** Describes a provider by asking it. */
    public static BackendInfo of(BackendProvider provider) {
        return new BackendInfo(
                provider.name(),
                provider.version(),
                provider.device(),
                provider.rank(),
                provider.availability());
    }

    @Override
    public String toString() {
        String state =
                availability.available() ? "available" : "unavailable: " + availability.reason();
        return name + " " + version + " [" + device + ", rank " + rank + ", " + state + "]";
    }
}
