package org.jkeras.backend.cpu;

import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.spi.Tensor;

/**
 * A tensor of the pure-Java backend: its elements in row-major order in a {@code float[]} for
 * float32 or an {@code int[]} for int32. Closing drops the array so that the garbage collector can
 * reclaim it at once.
 */
final class CpuTensor implements Tensor {

    private final int[] shape;
    private final DType dtype;
    private final int size;
    private float[] floats;
    private int[] ints;
    private volatile boolean closed;

    private CpuTensor(int[] shape, DType dtype, float[] floats, int[] ints) {
        this.shape = shape;
        this.dtype = dtype;
        this.size = dtype == DType.FLOAT32 ? floats.length : ints.length;
        this.floats = floats;
        this.ints = ints;
    }

    /** Wraps float data without copying; the tensor owns the array from now on. */
    static CpuTensor ofFloats(int[] shape, float[] data) {
        return new CpuTensor(shape, DType.FLOAT32, data, null);
    }

    /** Wraps int data without copying; the tensor owns the array from now on. */
    static CpuTensor ofInts(int[] shape, int[] data) {
        return new CpuTensor(shape, DType.INT32, null, data);
    }

    @Override
    public int[] shape() {
        requireOpen("shape");
        return shape.clone();
    }

    @Override
    public DType dtype() {
        requireOpen("dtype");
        return dtype;
    }

    @Override
    public int rank() {
        requireOpen("rank");
        return shape.length;
    }

    @Override
    public int size() {
        requireOpen("size");
        return size;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        floats = null;
        ints = null;
    }

    @Override
    public String toString() {
        return "CpuTensor("
                + dtype
                + ", shape="
                + Arrays.toString(shape)
                + (closed ? ", closed)" : ")");
    }

    /** Returns the shape itself, not a copy; callers must not modify it. */
    int[] dims() {
        return shape;
    }

    /** Returns the element type without the open check, for use after {@link #requireOpen}. */
    DType type() {
        return dtype;
    }

    /** Returns the element count without the open check, for use after {@link #requireOpen}. */
    int count() {
        return size;
    }

    /** Returns the float data itself; the tensor must be float32. */
    float[] floats() {
        return floats;
    }

    /** Returns the int data itself; the tensor must be int32. */
    int[] ints() {
        return ints;
    }

    /**
     * Throws if this tensor has been closed.
     *
     * @param use what the caller was doing, for the message
     */
    void requireOpen(String use) {
        if (closed) {
            throw new IllegalStateException(use + ": the tensor " + this + " is already closed");
        }
    }
}
