package org.jkeras.engine;

import java.util.List;

/**
 * What one {@code fit} or {@code fitGenerator} call runs: its training batches, its validation
 * (null for none), the epochs from {@code initialEpoch} to {@code epochs}, and the verbosity.
 */
record FitPlan(
        BatchFeed feed, FitPlan.Validation validation, int initialEpoch, int epochs, int verbose) {

    /** The evaluation at the end of an epoch. */
    interface Validation {

        /**
         * Returns the loss and metrics on the validation data, or null to skip them this epoch.
         *
         * @param lastBatchSize the samples in the epoch's last training batch
         * @param completed whether the epoch ran all its batches (not stopped early)
         */
        List<Double> evaluate(int lastBatchSize, boolean completed);
    }
}
