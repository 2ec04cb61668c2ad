package org.jkeras.generators;

import org.jkeras.Batch;

/**
 * The batches of one generator call, in the order the model takes them, prepared on the calling
 * thread or ahead by worker threads. Closing the stream stops and joins its workers.
 */
public interface BatchStream extends AutoCloseable {

    /**
     * Returns the next batch, waiting for a worker if it is not ready.
     *
     * @param step where the caller stands, for messages, e.g. {@code "step 3 of 10 in epoch 2"}
     * @throws org.jkeras.GeneratorException if the generator threw; its exception is the cause
     * @throws IllegalArgumentException if a plain generator has ended
     * @throws java.util.concurrent.CancellationException if the calling thread was interrupted; its
     *     interrupt flag stays set
     */
    Batch next(String step);

    /** Stops the workers and waits until every one has ended; the stream is then unusable. */
    @Override
    void close();
}
