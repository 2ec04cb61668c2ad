package org.jkeras.backend.nd4j;

import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.BinaryOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * The IEEE 754 corners where libnd4j's kernels and {@code java.lang.Math} disagree: {@code max(NaN,
 * x)} gives {@code x} in libnd4j, {@code pow(1, NaN)} and {@code pow(-1, inf)} give 1, argMax skips
 * NaN. The backend detects such inputs with one ND4J reduction and only then computes the op here,
 * element by element with Java's semantics; finite inputs never come here.
 */
final class HostMath {

    private HostMath() {}

    static boolean hasNaN(INDArray array) {
        return array.length() > 0 && BooleanIndexing.or(array, Conditions.isNan());
    }

    static boolean hasNonFinite(INDArray array) {
        return array.length() > 0
                && (BooleanIndexing.or(array, Conditions.isNan())
                        || BooleanIndexing.or(array, Conditions.isInfinite()));
    }

    /** Combines two arrays already broadcast to one shape, as {@code java.lang.Math} would. */
    static INDArray binary(BinaryOp op, INDArray a, INDArray b, int[] shape) {
        float[] x = a.data().asFloat();
        float[] y = b.data().asFloat();
        float[] out = new float[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] =
                    switch (op) {
                        case POW -> (float) Math.pow(x[i], y[i]);
                        case MAXIMUM -> Math.max(x[i], y[i]);
                        case MINIMUM -> Math.min(x[i], y[i]);
                        default ->
                                throw new IllegalArgumentException(
                                        "op must be POW, MAXIMUM or MINIMUM. Received: " + op);
                    };
        }
        return create(out, shape);
    }

    /** Returns the sign of each element, keeping NaN. */
    static INDArray sign(INDArray x, int[] shape) {
        float[] in = x.data().asFloat();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.signum(in[i]);
        }
        return create(out, shape);
    }

    /** Returns the index of the largest element along an axis; the first NaN counts as largest. */
    static INDArray argMax(INDArray x, int[] shape, int axis) {
        float[] data = x.data().asFloat();
        int[] outShape = Shapes.reducedShape(shape, new int[] {axis}, false);
        int[] strides = Shapes.strides(shape);
        int outer = 1;
        for (int d = 0; d < axis; d++) {
            outer *= shape[d];
        }
        int inner = strides[axis];
        int[] out = new int[Shapes.size(outShape)];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                int base = o * shape[axis] * inner + i;
                int best = 0;
                float bestValue = data[base];
                for (int k = 1; k < shape[axis] && !Float.isNaN(bestValue); k++) {
                    float v = data[base + k * inner];
                    if (Float.isNaN(v) || v > bestValue) {
                        best = k;
                        bestValue = v;
                    }
                }
                out[o * inner + i] = best;
            }
        }
        return Arrays4j.ints(out, outShape);
    }

    /** Converts to int32 truncating toward zero, saturating, and mapping NaN to 0. */
    static INDArray toInt(INDArray x, int[] shape) {
        float[] in = x.data().asFloat();
        int[] out = new int[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (int) in[i];
        }
        return Arrays4j.ints(out, shape);
    }

    private static INDArray create(float[] data, int[] shape) {
        return Arrays4j.floats(data, shape);
    }
}
