package org.jkeras.utils;

import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;

/**
 * Keras 2.2.4's array utilities of {@code keras.utils.np_utils}: {@code to_categorical}, which
 * one-hot encodes class labels, and {@code normalize}, which scales vectors to unit norm.
 *
 * <pre>{@code
 * NDArray y = NpUtils.toCategorical(NDArray.of(new int[] {2, 0}), 3); // [[0, 0, 1], [1, 0, 0]]
 * NDArray unit = NpUtils.normalize(x);                              // each row of L2 norm 1
 * }</pre>
 */
public final class NpUtils {

    private NpUtils() {}

    /**
     * Returns the one-hot encoding of integer class labels in float32, with one class more than the
     * largest label; Keras's {@code to_categorical(y)}.
     *
     * @throws IllegalArgumentException if {@code y} is null or empty, or holds a label that is not
     *     an integer of at least 0
     */
    public static NDArray toCategorical(NDArray y) {
        return toCategorical(y, null, DType.FLOAT32);
    }

    /**
     * Returns the one-hot encoding of integer class labels in float32; Keras's {@code
     * to_categorical(y, num_classes)}.
     *
     * @see #toCategorical(NDArray, Integer, DType)
     */
    public static NDArray toCategorical(NDArray y, Integer numClasses) {
        return toCategorical(y, numClasses, DType.FLOAT32);
    }

    /**
     * Returns the one-hot encoding of integer class labels; Keras's {@code to_categorical(y,
     * num_classes, dtype)}. The result has the labels' shape plus a last axis of {@code
     * numClasses}, holding 1 at each label's index and 0 elsewhere; a trailing axis of size 1 is
     * dropped first, so labels of shape {@code [n, 1]} give {@code [n, numClasses]}. Float labels
     * are truncated toward zero, as Keras's cast to int does.
     *
     * @param numClasses the number of classes, or null (or 0, as in Keras) for the largest label
     *     plus one
     * @param dtype the element type of the result
     * @throws IllegalArgumentException if {@code y} is null, {@code numClasses} is negative, or a
     *     label is outside [0, numClasses)
     */
    public static NDArray toCategorical(NDArray y, Integer numClasses, DType dtype) {
        if (y == null) {
            throw new IllegalArgumentException(
                    "y must be an array of class labels. Received: null");
        }
        if (dtype == null) {
            throw new IllegalArgumentException("dtype must be FLOAT32 or INT32. Received: null");
        }
        int[] labels = truncatedLabels(y);
        if (numClasses != null && numClasses < 0) {
            throw new IllegalArgumentException(
                    "numClasses must be positive, or null to count the labels. Received: "
                            + numClasses);
        }
        int classes = numClasses == null || numClasses == 0 ? largestPlusOne(labels) : numClasses;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(
                        "y must hold class indices in [0, "
                                + Math.max(classes, 1)
                                + "). Received: "
                                + labels[i]
                                + " at flat index "
                                + i);
            }
        }
        int[] oneHot = new int[Math.multiplyExact(labels.length, classes)];
        for (int i = 0; i < labels.length; i++) {
            oneHot[i * classes + labels[i]] = 1;
        }
        NDArray result = NDArray.of(oneHot, categoricalShape(y.shape(), classes));
        return dtype == DType.INT32 ? result : result.cast(dtype);
    }

    /**
     * Returns {@code x} divided by its L2 norm along the last axis; Keras's {@code normalize(x)}.
     *
     * @see #normalize(NDArray, int, double)
     */
    public static NDArray normalize(NDArray x) {
        return normalize(x, -1, 2);
    }

    /**
     * Returns {@code x} divided by its norm of {@code order} along {@code axis}, in float32;
     * Keras's {@code normalize(x, axis, order)}, with NumPy's vector norms: {@code
     * sum(|x|^p)^(1/p)} for a finite order {@code p} other than 0, the count of non-zero elements
     * for 0, and the largest (smallest) magnitude for positive (negative) infinity. A norm of 0
     * counts as 1, so zero vectors stay zero.
     *
     * @param axis the axis to normalize along; negative values count from the end
     * @throws IllegalArgumentException if {@code x} is null or a scalar, {@code axis} is out of
     *     range, or {@code order} is NaN
     */
    public static NDArray normalize(NDArray x, int axis, double order) {
        if (x == null || x.rank() == 0) {
            throw new IllegalArgumentException(
                    "x must be an array of rank 1 or more. Received: "
                            + (x == null ? "null" : "a scalar"));
        }
        int rank = x.rank();
        if (axis < -rank || axis >= rank) {
            throw new IllegalArgumentException(
                    "axis must be in ["
                            + -rank
                            + ", "
                            + rank
                            + ") for x of rank "
                            + rank
                            + ". Received: "
                            + axis);
        }
        if (Double.isNaN(order)) {
            throw new IllegalArgumentException("order must be a number. Received: NaN");
        }
        int[] shape = x.shape();
        int along = axis < 0 ? axis + rank : axis;
        int length = shape[along];
        int inner = 1;
        for (int d = along + 1; d < rank; d++) {
            inner *= shape[d];
        }
        int outer = length == 0 || inner == 0 ? 0 : x.size() / (length * inner);
        float[] values = x.toFloatArray();
        float[] result = new float[values.length];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                int start = o * length * inner + i;
                double norm = norm(values, start, inner, length, order);
                double divisor = norm == 0 ? 1 : norm;
                for (int k = 0; k < length; k++) {
                    int index = start + k * inner;
                    result[index] = (float) (values[index] / divisor);
                }
            }
        }
        return NDArray.of(result, shape);
    }

    private static double norm(float[] values, int start, int stride, int count, double order) {
        if (order == Double.POSITIVE_INFINITY || order == Double.NEGATIVE_INFINITY) {
            double extreme = order > 0 ? 0 : Double.POSITIVE_INFINITY;
            for (int k = 0; k < count; k++) {
                double magnitude = Math.abs(values[start + k * stride]);
                extreme = order > 0 ? Math.max(extreme, magnitude) : Math.min(extreme, magnitude);
            }
            return extreme;
        }
        double sum = 0;
        for (int k = 0; k < count; k++) {
            double value = values[start + k * stride];
            if (order == 0) {
                sum += value != 0 ? 1 : 0;
            } else if (order == 2) {
                sum += value * value;
            } else {
                sum += Math.pow(Math.abs(value), order);
            }
        }
        if (order == 0) {
            return sum;
        }
        return order == 2 ? Math.sqrt(sum) : Math.pow(sum, 1 / order);
    }

    private static int[] truncatedLabels(NDArray y) {
        if (y.dtype() == DType.INT32) {
            return y.toIntArray();
        }
        float[] values = y.toFloatArray();
        int[] labels = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        "y must hold class indices. Received: "
                                + values[i]
                                + " at flat index "
                                + i);
            }
            labels[i] = (int) values[i];
        }
        return labels;
    }

    private static int largestPlusOne(int[] labels) {
        if (labels.length == 0) {
            throw new IllegalArgumentException(
                    "y must hold at least one label when numClasses is not given. Received: an"
                            + " empty array");
        }
        return Arrays.stream(labels).max().getAsInt() + 1;
    }

    private static int[] categoricalShape(int[] labelShape, int classes) {
        int rank = labelShape.length;
        // Keras drops a trailing axis of size 1 (a column of labels), but not the only axis.
        int kept = rank > 1 && labelShape[rank - 1] == 1 ? rank - 1 : rank;
        int[] shape = Arrays.copyOf(labelShape, kept + 1);
        shape[kept] = classes;
        return shape;
    }
}
