package org.jkeras;

import java.util.Objects;
import org.jkeras.ndarray.NDArray;

/**
 * Data a model is evaluated on at the end of every epoch of {@code fit}: Keras's {@code
 * validation_data} tuple {@code (x, y)} or {@code (x, y, sample_weight)}.
 *
 * @param x inputs
 * @param y targets
 * @param sampleWeight per-sample weights, or null
 */
public record ValidationData(NDArray x, NDArray y, NDArray sampleWeight) {

    /** Checks that inputs and targets are present. */
    public ValidationData {
        Objects.requireNonNull(x, "validationData x");
        Objects.requireNonNull(y, "validationData y");
    }

    /** Returns validation data without sample weights. */
    public static ValidationData of(NDArray x, NDArray y) {
        return new ValidationData(x, y, null);
    }
}
