package org.jkeras.engine;

/**
 * Where the fit, evaluation and prediction loops take their batches from: arrays cut into batches
 * ({@link ArrayFeed}) or a generator ({@link GeneratorFeed}).
 */
interface BatchFeed {

    /** Returns the batches of one epoch or one evaluation. */
    int batches();

    /** Returns the count that completes the progress bar: samples, or steps. */
    int progressTarget();

    /** Prepares the batches of an epoch, such as the epoch's sample order. */
    default void startEpoch(int epoch) {}

    /** Returns the batch at {@code index} of the epoch, counting from 0. */
    FeedBatch next(int index);
}
