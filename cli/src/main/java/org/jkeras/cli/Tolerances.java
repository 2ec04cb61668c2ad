package org.jkeras.cli;

import java.util.Locale;

/**
 * How far correct backends may lie apart in {@code compare}, by what is compared.
 *
 * <p>Epoch 0 is one forward pass over the initial weights: correct float32 backends agree there to
 * about 1e-7, so a tight {@code initial} limit catches a wrong op at once. Training then lets
 * rounding differences grow (RMSprop turns a rounding in a near-zero gradient into a full step),
 * but the training loss and metrics, averaged over every batch of an epoch, stay close: they are
 * judged by {@code trained}. The validation figures of later epochs are one evaluation of weights
 * that have drifted, and move by several times as much as the training figures on correct backends;
 * they are shown, and fail the comparison only when some backends give NaN and others a number (an
 * infinite spread).
 *
 * @param initial the largest spread allowed at epoch 0, on any loss or metric
 * @param trained the largest spread allowed on the training loss and metrics of later epochs
 */
record Tolerances(double initial, double trained) {

    /** Returns the limit that applies to {@code divergence}. */
    double limitFor(Divergence divergence) {
        if (divergence.epoch() == 0) {
            return initial;
        }
        if (divergence.metric().startsWith("val_")) {
            return Double.MAX_VALUE;
        }
        return trained;
    }

    /** Names the option whose limit {@code divergence} passed, with that limit. */
    String describeLimitFor(Divergence divergence) {
        if (divergence.epoch() == 0) {
            return String.format(Locale.ROOT, "--initial-tolerance %.1e", initial);
        }
        if (divergence.metric().startsWith("val_")) {
            return "the finite spread a validation figure after epoch 0 must have";
        }
        return String.format(Locale.ROOT, "--tolerance %.1e", trained);
    }
}
