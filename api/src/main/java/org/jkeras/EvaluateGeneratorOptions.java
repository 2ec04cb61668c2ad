package org.jkeras;

/**
 * The keyword arguments of {@code evaluateGenerator}, immutable, with Keras 2's defaults.
 *
 * <pre>{@code
 * List<Double> scores = model.evaluateGenerator(
 *         batches, EvaluateGeneratorOptions.defaults().workers(4));
 * }</pre>
 *
 * @param steps batches to evaluate, or null for the Sequence's size (required for an Iterator)
 * @param maxQueueSize batches prepared ahead; default 10
 * @param workers worker threads preparing batches, 0 for the calling thread; default 1
 * @param useMultiprocessing Keras's process-based workers; on the JVM the workers are threads
 *     either way, and the engine logs at debug that the flag was read that way; default false
 * @param verbose 0 silent, 1 progress bar counting steps; default 0
 */
public record EvaluateGeneratorOptions(
        Integer steps, int maxQueueSize, int workers, boolean useMultiprocessing, int verbose) {

    /** Returns Keras's defaults: the Sequence's size, queue of 10, one worker, silent. */
    public static EvaluateGeneratorOptions defaults() {
        return new EvaluateGeneratorOptions(null, 10, 1, false, 0);
    }

    /** Returns a copy with a number of steps. */
    public EvaluateGeneratorOptions steps(Integer value) {
        return new EvaluateGeneratorOptions(
                value, maxQueueSize, workers, useMultiprocessing, verbose);
    }

    /** Returns a copy with another queue size. */
    public EvaluateGeneratorOptions maxQueueSize(int value) {
        return new EvaluateGeneratorOptions(steps, value, workers, useMultiprocessing, verbose);
    }

    /** Returns a copy with another number of worker threads. */
    public EvaluateGeneratorOptions workers(int value) {
        return new EvaluateGeneratorOptions(
                steps, maxQueueSize, value, useMultiprocessing, verbose);
    }

    /** Returns a copy with the multiprocessing flag set or cleared. */
    public EvaluateGeneratorOptions useMultiprocessing(boolean value) {
        return new EvaluateGeneratorOptions(steps, maxQueueSize, workers, value, verbose);
    }

    /** Returns a copy with another verbosity. */
    public EvaluateGeneratorOptions verbose(int value) {
        return new EvaluateGeneratorOptions(
                steps, maxQueueSize, workers, useMultiprocessing, value);
    }
}
