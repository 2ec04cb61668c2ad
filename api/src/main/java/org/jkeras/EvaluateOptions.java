package org.jkeras;

import org.jkeras.ndarray.NDArray;

/**
 * The keyword arguments of {@code evaluate}, immutable, with Keras 2's defaults.
 *
 * @param batchSize samples per batch; default 32
 * @param verbose 0 silent, 1 progress bar; default 1
 * @param sampleWeight per-sample weights, or null
 * @param steps batches to evaluate, or null for all
 */
public record EvaluateOptions(int batchSize, int verbose, NDArray sampleWeight, Integer steps) {

    /** Returns Keras's defaults: batch size 32, verbose 1. */
    public static EvaluateOptions defaults() {
        return new EvaluateOptions(32, 1, null, null);
    }

    /** Returns a copy with another batch size. */
    public EvaluateOptions batchSize(int value) {
        return new EvaluateOptions(value, verbose, sampleWeight, steps);
    }

    /** Returns a copy with another verbosity. */
    public EvaluateOptions verbose(int value) {
        return new EvaluateOptions(batchSize, value, sampleWeight, steps);
    }

    /** Returns a copy with sample weights. */
    public EvaluateOptions sampleWeight(NDArray value) {
        return new EvaluateOptions(batchSize, verbose, value, steps);
    }

    /** Returns a copy with a number of steps. */
    public EvaluateOptions steps(Integer value) {
        return new EvaluateOptions(batchSize, verbose, sampleWeight, value);
    }
}
