package org.jkeras.engine;

import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;

/**
 * One batch as the loops take it, checked and in float32: inputs, targets (null for prediction) and
 * per-sample weights (null for equal weights), with the batch's weight in the epoch's means ({@code
 * size}) and how far it moves the progress bar ({@code progress}: its samples over arrays, one step
 * over a generator, as Keras counts them).
 */
record FeedBatch(NDArray x, NDArray y, NDArray weights, int size, int progress) {

    /** Returns {@code array} in float32, the one dtype the loops compute in. */
    static NDArray float32(NDArray array) {
        return array == null || array.dtype() == DType.FLOAT32 ? array : array.cast(DType.FLOAT32);
    }
}
