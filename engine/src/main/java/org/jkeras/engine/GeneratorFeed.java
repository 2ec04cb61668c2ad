package org.jkeras.engine;

import org.jkeras.Batch;
import org.jkeras.generators.BatchStream;

/**
 * A generator's batches as the loops take them: {@code steps} batches per epoch from a {@link
 * BatchStream}, each checked and converted by a {@link Preparer}, each moving the bar by one step.
 * The step named in messages counts from 1, as the progress bar does.
 */
final class GeneratorFeed implements BatchFeed {

    /** Checks a batch from the generator and turns it into what the loops take. */
    interface Preparer {

        /**
         * @param batch the generator's batch
         * @param step where it was taken, e.g. {@code "step 3 of 10 in epoch 2"}, for messages
         * @throws IllegalArgumentException if the batch does not fit the model
         */
        FeedBatch prepare(Batch batch, String step);
    }

    private final BatchStream stream;
    private final int steps;
    private final String role;
    private final Preparer preparer;
    private String epoch = "";

    /**
     * @param role what the steps are, for messages: {@code ""} or {@code "validation "}
     */
    GeneratorFeed(BatchStream stream, int steps, String role, Preparer preparer) {
        this.stream = stream;
        this.steps = steps;
        this.role = role;
        this.preparer = preparer;
    }

    @Override
    public int batches() {
        return steps;
    }

    @Override
    public int progressTarget() {
        return steps;
    }

    @Override
    public void startEpoch(int epoch) {
        this.epoch = " in epoch " + (epoch + 1);
    }

    @Override
    public FeedBatch next(int index) {
        String step = role + "step " + (index + 1) + " of " + steps + epoch;
        return preparer.prepare(stream.next(step), step);
    }
}
