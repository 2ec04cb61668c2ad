package org.jkeras.cli;

import java.util.Locale;

/**
 * How far the backends lie apart on one metric at one epoch: the spread between the lowest and the
 * highest value.
 *
 * @param epoch 0 for the initial weights, then the epoch counted from 1 as the progress bar does
 * @param metric the loss or metric, such as {@code val_accuracy}
 * @param spread the highest value less the lowest; infinite when only some values are NaN
 * @param low the trajectory with the lowest value
 * @param lowValue that value
 * @param high the trajectory with the highest value
 * @param highValue that value
 */
record Divergence(
        int epoch,
        String metric,
        double spread,
        String low,
        double lowValue,
        String high,
        double highValue) {

    /** Says where and by how much, for example {@code loss at epoch 2 differs by 1.2e-02 (...)}. */
    String describe() {
        return String.format(
                Locale.ROOT,
                "%s at epoch %d%s differs by %.1e (%s %.6f, %s %.6f)",
                metric,
                epoch,
                epoch == 0 ? " (the initial weights)" : "",
                spread,
                low,
                lowValue,
                high,
                highValue);
    }
}
