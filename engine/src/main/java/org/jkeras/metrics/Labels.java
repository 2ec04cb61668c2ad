package org.jkeras.metrics;

import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/** Target conversions shared by the accuracy metrics. */
final class Labels {

    private Labels() {}

    /** Returns {@code x} as a new float32 tensor the caller closes. */
    static Tensor toFloat(Backend backend, Tensor x) {
        return x.dtype() == DType.FLOAT32
                ? backend.reshape(x, x.shape())
                : backend.cast(x, DType.FLOAT32);
    }

    /**
     * Returns sparse class labels (int or float, shaped like the predictions without their class
     * axis, or with a class axis of 1) as float32 of the predictions' shape without the class axis.
     *
     * @throws IllegalArgumentException if the labels do not hold one class per prediction row
     */
    static Tensor sparse(Backend backend, Tensor yTrue, int[] predShape) {
        int[] labelShape = Arrays.copyOf(predShape, predShape.length - 1);
        if (yTrue.size() != sizeOf(labelShape)) {
            throw new IllegalArgumentException(
                    "y_true must hold one class index per row of y_pred "
                            + Arrays.toString(predShape)
                            + ". Received shape "
                            + Arrays.toString(yTrue.shape()));
        }
        try (Tensor asFloat = toFloat(backend, yTrue)) {
            return backend.reshape(asFloat, labelShape);
        }
    }

    /** Returns the class of each row of one-hot (or scored) targets, as int32. */
    static Tensor argMaxClass(Backend backend, Tensor yTrue) {
        try (Tensor labels = toFloat(backend, yTrue)) {
            return backend.argMax(labels, -1);
        }
    }

    private static int sizeOf(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }
}
