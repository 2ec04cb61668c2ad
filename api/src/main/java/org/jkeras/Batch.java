package org.jkeras;

import java.util.Objects;
import org.jkeras.ndarray.NDArray;

/**
 * One batch from a generator or a {@link Sequence}: Keras's {@code (inputs, targets)} or {@code
 * (inputs, targets, sample_weights)} tuple, or inputs alone for {@code predictGenerator}.
 *
 * <pre>{@code
 * Batch training = Batch.of(x, y);
 * Batch weighted = Batch.of(x, y, sampleWeight);
 * Batch inputs = Batch.inputs(x);
 * }</pre>
 *
 * @param x the inputs, one row per sample
 * @param y the targets, or null for a prediction batch or a model compiled with target tensors
 * @param sampleWeight one weight per sample (or per sample and step), or null
 */
public record Batch(NDArray x, NDArray y, NDArray sampleWeight) {

    /** Checks that the inputs are present. */
    public Batch {
        Objects.requireNonNull(x, "batch x");
    }

    /** Returns a batch of inputs and targets. */
    public static Batch of(NDArray x, NDArray y) {
        return new Batch(x, y, null);
    }

    /** Returns a batch of inputs, targets and per-sample weights. */
    public static Batch of(NDArray x, NDArray y, NDArray sampleWeight) {
        return new Batch(x, y, sampleWeight);
    }

    /** Returns a batch of inputs alone, for {@code predictGenerator}. */
    public static Batch inputs(NDArray x) {
        return new Batch(x, null, null);
    }
}
