package org.jkeras;

/**
 * The keyword arguments of {@code predict}, immutable, with Keras 2's defaults.
 *
 * @param batchSize samples per batch; default 32
 * @param verbose 0 silent, 1 progress bar; default 0
 * @param steps batches to predict, or null for all
 */
public record PredictOptions(int batchSize, int verbose, Integer steps) {

    /** Returns Keras's defaults: batch size 32, silent. */
    public static PredictOptions defaults() {
        return new PredictOptions(32, 0, null);
    }

    /** Returns a copy with another batch size. */
    public PredictOptions batchSize(int value) {
        return new PredictOptions(value, verbose, steps);
    }

    /** Returns a copy with another verbosity. */
    public PredictOptions verbose(int value) {
        return new PredictOptions(batchSize, value, steps);
    }

    /** Returns a copy with a number of steps. */
    public PredictOptions steps(Integer value) {
        return new PredictOptions(batchSize, verbose, value);
    }
}
