package org.jkeras.backend.djl;

import org.jkeras.ndarray.DType;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * The ops whose TensorFlow kernels differ from the SPI at NaN and infinities, corrected with a few
 * more TensorFlow ops so that the values never leave the device.
 */
final class NumericCorners {

    /** The largest float32 below 2^31, the top of the range a cast to int32 can keep. */
    private static final float LARGEST_CASTABLE = 2147483520f;

    private NumericCorners() {}

    /**
     * {@code Math.pow}: TensorFlow's Pow follows C, which gives 1 for {@code pow(1, NaN)} and
     * {@code pow(-1 or 1, +-inf)} where Java gives NaN.
     */
    static TFE_TensorHandle pow(DjlTfBackend backend, TFE_TensorHandle x, TFE_TensorHandle y) {
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle power = t.add(backend.op("Pow").input(x).input(y).run());
            TFE_TensorHandle size = t.add(backend.op("Abs").input(x).run());
            TFE_TensorHandle one = t.add(DjlTfBackend.floatScalar(1f));
            TFE_TensorHandle unit = t.add(backend.op("Equal").input(size).input(one).run());
            TFE_TensorHandle finite = t.add(backend.op("IsFinite").input(y).run());
            TFE_TensorHandle infinite = t.add(backend.op("LogicalNot").input(finite).run());
            TFE_TensorHandle corner =
                    t.add(backend.op("LogicalAnd").input(unit).input(infinite).run());
            TFE_TensorHandle nan = t.add(DjlTfBackend.floatScalar(Float.NaN));
            return backend.op("SelectV2").input(corner).input(nan).input(power).run();
        }
    }

    /**
     * The SPI's argMax, where a NaN counts as the largest element: TensorFlow's ArgMax skips NaN,
     * so rows holding one take the index of their first NaN instead.
     */
    static TFE_TensorHandle argMax(DjlTfBackend backend, TfTensor x, int axis) {
        TFE_TensorHandle in = x.handle("argMax");
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle dimension = t.add(DjlTfBackend.intScalar(axis));
            TFE_TensorHandle largest = argMaxOf(backend, in, dimension);
            if (x.dtype() != DType.FLOAT32) {
                return largest;
            }
            t.add(largest);
            TFE_TensorHandle nan = t.add(backend.op("IsNan").input(in).run());
            TFE_TensorHandle anyNaN =
                    t.add(
                            backend.op("Any")
                                    .input(nan)
                                    .input(dimension)
                                    .attr("keep_dims", false)
                                    .run());
            TFE_TensorHandle nanMask = t.add(backend.castTo(nan, EagerOp.FLOAT));
            TFE_TensorHandle firstNaN = t.add(argMaxOf(backend, nanMask, dimension));
            return backend.op("SelectV2").input(anyNaN).input(firstNaN).input(largest).run();
        }
    }

    /**
     * Casts float32 to int32 as Java does: toward zero, saturating at the int range, NaN to 0.
     * TensorFlow's Cast leaves NaN and out-of-range values undefined.
     */
    static TFE_TensorHandle castToInt(DjlTfBackend backend, TFE_TensorHandle in) {
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle nan = t.add(backend.op("IsNan").input(in).run());
            TFE_TensorHandle zero = t.add(DjlTfBackend.floatScalar(0f));
            TFE_TensorHandle clean =
                    t.add(backend.op("SelectV2").input(nan).input(zero).input(in).run());
            TFE_TensorHandle top = t.add(DjlTfBackend.floatScalar(LARGEST_CASTABLE));
            TFE_TensorHandle bottom = t.add(DjlTfBackend.floatScalar(Integer.MIN_VALUE));
            TFE_TensorHandle low = t.add(backend.op("Minimum").input(clean).input(top).run());
            TFE_TensorHandle clipped = t.add(backend.op("Maximum").input(low).input(bottom).run());
            TFE_TensorHandle cast = t.add(backend.castTo(clipped, EagerOp.INT32));
            TFE_TensorHandle limit = t.add(DjlTfBackend.floatScalar(0x1p31f));
            TFE_TensorHandle over =
                    t.add(backend.op("GreaterEqual").input(clean).input(limit).run());
            TFE_TensorHandle max = t.add(DjlTfBackend.intScalar(Integer.MAX_VALUE));
            return backend.op("SelectV2").input(over).input(max).input(cast).run();
        }
    }

    private static TFE_TensorHandle argMaxOf(
            DjlTfBackend backend, TFE_TensorHandle in, TFE_TensorHandle dimension) {
        return backend.op("ArgMax")
                .input(in)
                .input(dimension)
                .type("output_type", EagerOp.INT32)
                .run();
    }
}
