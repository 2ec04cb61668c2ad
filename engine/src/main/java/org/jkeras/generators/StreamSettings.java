package org.jkeras.generators;

/**
 * How a generator call prepares batches: the worker threads (0 for the calling thread), the batches
 * prepared ahead, and Keras's multiprocessing flag (threads on the JVM, see {@link BatchSource}).
 */
public record StreamSettings(int workers, int maxQueueSize, boolean useMultiprocessing) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if workers is negative or maxQueueSize not positive
     */
    public StreamSettings {
        if (workers < 0) {
            throw new IllegalArgumentException(
                    "workers must be 0 (the calling thread) or more. Received: " + workers);
        }
        if (maxQueueSize <= 0) {
            throw new IllegalArgumentException(
                    "maxQueueSize must be positive. Received: " + maxQueueSize);
        }
    }
}
