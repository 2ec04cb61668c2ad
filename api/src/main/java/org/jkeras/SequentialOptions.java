package org.jkeras;

/**
 * How a {@link Sequential} model is created: the backend it computes on and the seed of the one
 * random generator that draws its initial weights, dropout masks and shuffles.
 *
 * @param backend the backend's name, or null to let discovery choose (see {@link
 *     org.jkeras.spi.Backends})
 * @param seed the seed, or null for a fresh one from the clock, as Keras without a seed
 */
public record SequentialOptions(String backend, Long seed) {

    /** Returns the defaults: the discovered backend and an unseeded generator. */
    public static SequentialOptions defaults() {
        return new SequentialOptions(null, null);
    }

    /** Returns a copy that computes on the named backend. */
    public SequentialOptions backend(String name) {
        return new SequentialOptions(name, seed);
    }

    /** Returns a copy whose random draws follow from {@code value}: same seed, same run. */
    public SequentialOptions seed(long value) {
        return new SequentialOptions(backend, value);
    }
}
