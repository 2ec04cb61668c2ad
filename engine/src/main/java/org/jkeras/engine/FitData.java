package org.jkeras.engine;

import org.jkeras.ndarray.NDArray;

/**
 * The arrays one {@code fit} trains and validates on, checked and converted to float32: inputs,
 * targets and per-sample weights (null for equal weights); the validation arrays are null without
 * validation.
 */
record FitData(
        NDArray x, NDArray y, NDArray weights, NDArray valX, NDArray valY, NDArray valWeights) {

    boolean hasValidation() {
        return valX != null;
    }
}
