package org.jkeras.backend.nd4j;

import org.jkeras.ndarray.DType;
import org.jkeras.spi.Tensor;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A tensor of the ND4J backend: an owned, contiguous, row-major ND4J array of float32 or int32.
 * Closing it hands the native buffer to the {@link ArrayPool} for the next result of its shape, or
 * frees it at once, rather than when the garbage collector runs.
 */
final class Nd4jTensor implements Tensor {

    private final INDArray array;
    private final DType dtype;
    private final int[] shape;
    private boolean closed;
    private INDArray scratch;

    Nd4jTensor(INDArray array, DType dtype, int[] shape) {
        this.array = array;
        this.dtype = dtype;
        this.shape = shape;
    }

    /** Returns the array behind this tensor, rejecting a closed tensor. */
    INDArray array() {
        checkOpen();
        return array;
    }

    /** Returns the shape without copying it, for the backend's own use. */
    int[] shapeView() {
        checkOpen();
        return shape;
    }

    /**
     * Returns a buffer of this tensor's shape for an in-place op's intermediate values, allocated
     * on first use and freed with the tensor, so optimizer steps allocate nothing after the first.
     */
    INDArray scratch() {
        checkOpen();
        if (scratch == null) {
            scratch = ArrayPool.shared().take(array.dataType(), array.shape());
        }
        return scratch;
    }

    @Override
    public int[] shape() {
        checkOpen();
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (scratch != null) {
            ArrayPool.shared().give(scratch);
        }
        ArrayPool.shared().give(array);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("tensor is closed: it cannot be used after close()");
        }
    }
}
