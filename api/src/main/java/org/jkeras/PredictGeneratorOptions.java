package org.jkeras;

/**
 * The keyword arguments of {@code predictGenerator}, immutable, with Keras 2's defaults.
 *
 * <pre>{@code
 * NDArray outputs = model.predictGenerator(
 *         batches, PredictGeneratorOptions.defaults().workers(4));
 * }</pre>
 *
 * @param steps batches to predict, or null for the Sequence's size (required for an Iterator)
 * @param maxQueueSize batches prepared ahead; default 10
 * @param workers worker threads preparing batches, 0 for the calling thread; default 1
 * @param useMultiprocessing Keras's process-based workers; on the JVM the workers are threads
 *     either way, and the engine logs at debug that the flag was read that way; default false
 * @param verbose 0 silent, 1 progress bar counting steps; default 0
 */
public record PredictGeneratorOptions(
        Integer steps, int maxQueueSize, int workers, boolean useMultiprocessing, int verbose) {

    /** Returns Keras's defaults: the Sequence's size, queue of 10, one worker, silent. */
    public static PredictGeneratorOptions defaults() {
        return new PredictGeneratorOptions(null, 10, 1, false, 0);
    }

    /** Returns a copy with a number of steps. */
    public PredictGeneratorOptions steps(Integer value) {
        return new PredictGeneratorOptions(
                value, maxQueueSize, workers, useMultiprocessing, verbose);
    }

    /** Returns a copy with another queue size. */
    public PredictGeneratorOptions maxQueueSize(int value) {
        return new PredictGeneratorOptions(steps, value, workers, useMultiprocessing, verbose);
    }

    /** Returns a copy with another number of worker threads. */
    public PredictGeneratorOptions workers(int value) {
        return new PredictGeneratorOptions(steps, maxQueueSize, value, useMultiprocessing, verbose);
    }

    /** Returns a copy with the multiprocessing flag set or cleared. */
    public PredictGeneratorOptions useMultiprocessing(boolean value) {
        return new PredictGeneratorOptions(steps, maxQueueSize, workers, value, verbose);
    }

    /** Returns a copy with another verbosity. */
    public PredictGeneratorOptions verbose(int value) {
        return new PredictGeneratorOptions(steps, maxQueueSize, workers, useMultiprocessing, value);
    }
}
