package org.jkeras.ndarray;

import java.util.Arrays;

/**
 * Helpers for shapes written as {@code int[]}: validation, element counts, row-major strides and
 * NumPy-style broadcasting. Shared by the engine and by backends so that every backend agrees on
 * the same rules.
 */
public final class Shapes {

    private Shapes() {}

    /**
     * Returns the number of elements of a shape; a rank-0 shape holds one.
     *
     * @throws IllegalArgumentException if a dimension is negative or the count overflows int
     */
    public static int size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(
                        "shape: dimensions must be >= 0. Received: " + Arrays.toString(shape));
            }
            n *= d;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(
                        "shape: at most 2^31-1 elements are supported. Received: "
                                + Arrays.toString(shape));
            }
        }
        return (int) n;
    }

    /** Returns the row-major strides, in elements, of a shape. */
    public static int[] strides(int[] shape) {
        int[] strides = new int[shape.length];
        int stride = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= Math.max(shape[i], 1);
        }
        return strides;
    }

    /**
     * Returns the shape two operands broadcast to, aligning trailing dimensions as NumPy does: a
     * dimension of 1 stretches to match the other, and a missing leading dimension counts as 1.
     *
     * @throws IllegalArgumentException if the shapes are not compatible
     */
    public static int[] broadcast(int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            int db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(
                        "shapes "
                                + Arrays.toString(a)
                                + " and "
                                + Arrays.toString(b)
                                + " cannot be broadcast: dimension "
                                + i
                                + " is "
                                + da
                                + " vs "
                                + db);
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /**
     * Returns an axis in {@code [0, rank)}, accepting negative axes counted from the end.
     *
     * @throws IllegalArgumentException if the axis is outside {@code [-rank, rank)}
     */
    public static int normalizeAxis(int axis, int rank) {
        if (axis < -rank || axis >= rank) {
            throw new IllegalArgumentException(
                    "axis must be in [" + -rank + ", " + rank + "). Received: " + axis);
        }
        return axis < 0 ? axis + rank : axis;
    }

    /**
     * Returns the axes sorted, normalized to {@code [0, rank)} and checked to be distinct.
     *
     * @throws IllegalArgumentException if an axis is out of range or repeated
     */
    public static int[] normalizeAxes(int[] axes, int rank) {
        int[] out = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            out[i] = normalizeAxis(axes[i], rank);
        }
        Arrays.sort(out);
        for (int i = 1; i < out.length; i++) {
            if (out[i] == out[i - 1]) {
                throw new IllegalArgumentException(
                        "axes must be distinct. Received: " + Arrays.toString(axes));
            }
        }
        return out;
    }

    /** Returns {@code [0, 1, ..., rank - 1]}, the axes that reduce a tensor to a scalar. */
    public static int[] allAxes(int rank) {
        int[] axes = new int[rank];
        for (int i = 0; i < rank; i++) {
            axes[i] = i;
        }
        return axes;
    }

    /** Returns the shape left by reducing {@code axes}, keeping them as 1 when asked. */
    public static int[] reducedShape(int[] shape, int[] axes, boolean keepDims) {
        int[] normalized = normalizeAxes(axes, shape.length);
        boolean[] reduced = new boolean[shape.length];
        for (int axis : normalized) {
            reduced[axis] = true;
        }
        int[] out = new int[keepDims ? shape.length : shape.length - normalized.length];
        int j = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!reduced[i]) {
                out[j++] = shape[i];
            } else if (keepDims) {
                out[j++] = 1;
            }
        }
        return out;
    }

    /**
     * Resolves a target shape for reshape, where at most one dimension may be -1 and is inferred.
     *
     * @throws IllegalArgumentException if the element counts differ or more than one -1 is given
     */
    public static int[] resolveReshape(int[] from, int[] to) {
        int total = size(from);
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < to.length; i++) {
            if (to[i] == -1) {
                if (unknown >= 0) {
                    throw new IllegalArgumentException(
                            "shape: at most one dimension may be -1. Received: "
                                    + Arrays.toString(to));
                }
                unknown = i;
            } else if (to[i] < 0) {
                throw new IllegalArgumentException(
                        "shape: dimensions must be >= 0 or -1. Received: " + Arrays.toString(to));
            } else {
                known *= to[i];
            }
        }
        int[] out = to.clone();
        if (unknown >= 0) {
            if (known == 0 || total % known != 0) {
                throw new IllegalArgumentException(
                        "cannot reshape " + Arrays.toString(from) + " to " + Arrays.toString(to));
            }
            out[unknown] = (int) (total / known);
        }
        if (size(out) != total) {
            throw new IllegalArgumentException(
                    "cannot reshape "
                            + Arrays.toString(from)
                            + " ("
                            + total
                            + " elements) to "
                            + Arrays.toString(to));
        }
        return out;
    }
}
