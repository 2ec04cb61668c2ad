package org.jkeras.ndarray;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable, row-major, n-dimensional array held in JVM memory: the data a user passes to {@code
 * fit}, {@code evaluate} and {@code predict}, and what they get back.
 *
 * <p>Elements are {@link DType#FLOAT32} unless built from {@code int} data, which gives {@link
 * DType#INT32} (class labels). Every factory copies its input and every reader returns a copy, so
 * neither side can change the other's data.
 *
 * <pre>{@code
 * NDArray x = NDArray.of(new float[][] {{0, 1}, {1, 0}});
 * NDArray labels = NDArray.of(new int[] {1, 0});
 * float[][] back = x.toFloatMatrix();
 * }</pre>
 */
public final class NDArray {

    private final int[] shape;
    private final DType dtype;
    private final float[] floats;
    private final int[] ints;

    private NDArray(int[] shape, DType dtype, float[] floats, int[] ints) {
        this.shape = shape;
        this.dtype = dtype;
        this.floats = floats;
        this.ints = ints;
    }

    /** Returns a rank-1 float32 array holding a copy of {@code data}. */
    public static NDArray of(float[] data) {
        return new NDArray(new int[] {data.length}, DType.FLOAT32, data.clone(), null);
    }

    /**
     * Returns a rank-2 float32 array holding a copy of {@code data}.
     *
     * @throws IllegalArgumentException if the rows differ in length
     */
    public static NDArray of(float[][] data) {
        int cols = data.length == 0 ? 0 : data[0].length;
        float[] flat = new float[data.length * cols];
        for (int i = 0; i < data.length; i++) {
            checkLength("data[" + i + "]", data[i].length, cols);
            System.arraycopy(data[i], 0, flat, i * cols, cols);
        }
        return new NDArray(new int[] {data.length, cols}, DType.FLOAT32, flat, null);
    }

    /**
     * Returns a rank-3 float32 array holding a copy of {@code data}.
     *
     * @throws IllegalArgumentException if the nested arrays are ragged
     */
    public static NDArray of(float[][][] data) {
        int d1 = data.length == 0 ? 0 : data[0].length;
        int d2 = d1 == 0 ? 0 : data[0][0].length;
        float[] flat = new float[data.length * d1 * d2];
        for (int i = 0; i < data.length; i++) {
            checkLength("data[" + i + "]", data[i].length, d1);
            for (int j = 0; j < d1; j++) {
                checkLength("data[" + i + "][" + j + "]", data[i][j].length, d2);
                System.arraycopy(data[i][j], 0, flat, (i * d1 + j) * d2, d2);
            }
        }
        return new NDArray(new int[] {data.length, d1, d2}, DType.FLOAT32, flat, null);
    }

    /** Returns a rank-1 int32 array, such as sparse class labels, holding a copy of data. */
    public static NDArray of(int[] data) {
        return new NDArray(new int[] {data.length}, DType.INT32, null, data.clone());
    }

    /**
     * Returns a float32 array of the given shape over a copy of row-major {@code data}.
     *
     * @throws IllegalArgumentException if {@code data.length} is not the shape's element count
     */
    public static NDArray of(float[] data, int... shape) {
        checkLength("data", data.length, Shapes.size(shape));
        return new NDArray(shape.clone(), DType.FLOAT32, data.clone(), null);
    }

    /**
     * Returns an int32 array of the given shape over a copy of row-major {@code data}.
     *
     * @throws IllegalArgumentException if {@code data.length} is not the shape's element count
     */
    public static NDArray of(int[] data, int... shape) {
        checkLength("data", data.length, Shapes.size(shape));
        return new NDArray(shape.clone(), DType.INT32, null, data.clone());
    }

    /** Returns a rank-0 float32 array. */
    public static NDArray scalar(float value) {
        return new NDArray(new int[0], DType.FLOAT32, new float[] {value}, null);
    }

    /** Returns an array of zeros of the given type and shape. */
    public static NDArray zeros(DType dtype, int... shape) {
        int n = Shapes.size(shape);
        return dtype == DType.FLOAT32
                ? new NDArray(shape.clone(), dtype, new float[n], null)
                : new NDArray(shape.clone(), dtype, null, new int[n]);
    }

    /** Returns a copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** Returns the number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Returns the number of elements. */
    public int size() {
        return dtype == DType.FLOAT32 ? floats.length : ints.length;
    }

    /** Returns the element type. */
    public DType dtype() {
        return dtype;
    }

    /** Returns the first dimension: the number of samples of a batch of data. */
    public int length() {
        if (shape.length == 0) {
            throw new IllegalStateException("a rank-0 array has no first dimension");
        }
        return shape[0];
    }

    /** Returns the elements in row-major order as floats (int32 data is converted). */
    public float[] toFloatArray() {
        if (dtype == DType.FLOAT32) {
            return floats.clone();
        }
        float[] out = new float[ints.length];
        for (int i = 0; i < ints.length; i++) {
            out[i] = ints[i];
        }
        return out;
    }

    /**
     * Returns the elements in row-major order as ints.
     *
     * @throws IllegalStateException if the array is float32 and holds a non-integer value
     */
    public int[] toIntArray() {
        if (dtype == DType.INT32) {
            return ints.clone();
        }
        int[] out = new int[floats.length];
        for (int i = 0; i < floats.length; i++) {
            out[i] = (int) floats[i];
            if (out[i] != floats[i]) {
                throw new IllegalStateException(
                        "element " + i + " is not an integer. Received: " + floats[i]);
            }
        }
        return out;
    }

    /**
     * Returns a rank-2 array as nested float arrays.
     *
     * @throws IllegalStateException if the rank is not 2
     */
    public float[][] toFloatMatrix() {
        requireRank(2);
        float[] flat = toFloatArray();
        float[][] out = new float[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            System.arraycopy(flat, i * shape[1], out[i], 0, shape[1]);
        }
        return out;
    }

    /**
     * Returns a rank-3 array as nested float arrays.
     *
     * @throws IllegalStateException if the rank is not 3
     */
    public float[][][] toFloat3D() {
        requireRank(3);
        float[] flat = toFloatArray();
        float[][][] out = new float[shape[0]][shape[1]][shape[2]];
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                System.arraycopy(flat, (i * shape[1] + j) * shape[2], out[i][j], 0, shape[2]);
            }
        }
        return out;
    }

    /** Returns one element, converted to float, at the given index. */
    public float getFloat(int... index) {
        int offset = offsetOf(index);
        return dtype == DType.FLOAT32 ? floats[offset] : ints[offset];
    }

    /** Returns one element, converted to int, at the given index. */
    public int getInt(int... index) {
        int offset = offsetOf(index);
        return dtype == DType.INT32 ? ints[offset] : (int) floats[offset];
    }

    /**
     * Returns samples {@code [from, to)} along the first dimension.
     *
     * @throws IndexOutOfBoundsException if the range is outside {@code [0, length()]}
     */
    public NDArray rows(int from, int to) {
        Objects.checkFromToIndex(from, to, length());
        int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        return takeRows(indices);
    }

    /**
     * Returns the samples at the given positions of the first dimension, in that order.
     *
     * @throws IndexOutOfBoundsException if an index is outside {@code [0, length())}
     */
    public NDArray takeRows(int[] indices) {
        int n = length();
        int rowSize = n == 0 ? 0 : size() / n;
        int[] outShape = shape.clone();
        outShape[0] = indices.length;
        float[] outFloats = dtype == DType.FLOAT32 ? new float[indices.length * rowSize] : null;
        int[] outInts = dtype == DType.INT32 ? new int[indices.length * rowSize] : null;
        for (int i = 0; i < indices.length; i++) {
            int row = Objects.checkIndex(indices[i], n);
            if (outFloats != null) {
                System.arraycopy(floats, row * rowSize, outFloats, i * rowSize, rowSize);
            } else {
                System.arraycopy(ints, row * rowSize, outInts, i * rowSize, rowSize);
            }
        }
        return new NDArray(outShape, dtype, outFloats, outInts);
    }

    /**
     * Returns the same elements with another shape; one dimension may be -1 to be inferred.
     *
     * @throws IllegalArgumentException if the element counts differ
     */
    public NDArray reshape(int... newShape) {
        int[] resolved = Shapes.resolveReshape(shape, newShape);
        return new NDArray(resolved, dtype, floats, ints);
    }

    /** Returns this array converted to the given element type (float to int truncates). */
    public NDArray cast(DType target) {
        if (target == dtype) {
            return this;
        }
        if (target == DType.FLOAT32) {
            return new NDArray(shape, target, toFloatArray(), null);
        }
        int[] out = new int[floats.length];
        for (int i = 0; i < floats.length; i++) {
            out[i] = (int) floats[i];
        }
        return new NDArray(shape, target, null, out);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof NDArray)) {
            return false;
        }
        NDArray that = (NDArray) other;
        return dtype == that.dtype
                && Arrays.equals(shape, that.shape)
                && Arrays.equals(floats, that.floats)
                && Arrays.equals(ints, that.ints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                dtype, Arrays.hashCode(shape), Arrays.hashCode(floats), Arrays.hashCode(ints));
    }

    @Override
    public String toString() {
        int shown = Math.min(size(), 8);
        StringBuilder sb = new StringBuilder("NDArray(").append(dtype).append(", shape=");
        sb.append(Arrays.toString(shape)).append(", [");
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(dtype == DType.FLOAT32 ? floats[i] : ints[i]);
        }
        return sb.append(size() > shown ? ", ...])" : "])").toString();
    }

    private int offsetOf(int[] index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException(
                    "index must have "
                            + shape.length
                            + " coordinates. Received: "
                            + Arrays.toString(index));
        }
        int offset = 0;
        for (int i = 0; i < index.length; i++) {
            offset = offset * shape[i] + Objects.checkIndex(index[i], shape[i]);
        }
        return offset;
    }

    private void requireRank(int expected) {
        if (shape.length != expected) {
            throw new IllegalStateException(
                    "expected a rank-"
                            + expected
                            + " array. Received shape "
                            + Arrays.toString(shape));
        }
    }

    private static void checkLength(String name, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(
                    name + " must have length " + expected + ". Received: " + actual);
        }
    }
}
