package org.jkeras.backend.djl;

import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.spi.Tensor;
import org.tensorflow.internal.c_api.TFE_TensorHandle;
import org.tensorflow.internal.c_api.global.tensorflow;

/**
 * A tensor of the djl-tf backend: a TensorFlow eager tensor handle, with its shape and type kept on
 * the Java side so that argument checks need no native call.
 *
 * <p>TensorFlow's eager tensors are immutable, so {@code assign} and the composed optimizer updates
 * swap the handle this tensor holds for a new one; several handles may share one buffer without any
 * of them seeing another's writes. A tensor that one of TensorFlow's training kernels updates moves
 * into a resource variable ({@link TfVariable}) and is read from it when next used. Closing
 * releases the handle and any variable at once.
 */
final class TfTensor implements Tensor {

    private final int[] shape;
    private final DType dtype;

    /** The current value; null while it lives only in {@link #variable}. */
    private TFE_TensorHandle handle;

    /** The resource variable that training kernels update, once there is one. */
    private TfVariable variable;

    /** A variable of this tensor's shape for a training kernel's unused slot, once needed. */
    private TfVariable scratch;

    private boolean closed;

    TfTensor(int[] shape, DType dtype, TFE_TensorHandle handle) {
        this.shape = shape;
        this.dtype = dtype;
        this.handle = handle;
    }

    @Override
    public int[] shape() {
        requireOpen("shape()");
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    @Override
    public int rank() {
        return shape.length;
    }

    /** Returns the shape without copying it; callers must not modify it. */
    int[] dims() {
        return shape;
    }

    @Override
    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        dropValue();
        dropVariable();
        if (scratch != null) {
            scratch.destroy();
            scratch = null;
        }
    }

    /** Returns the handle for an op; {@code use} names the op and argument for the error. */
    synchronized TFE_TensorHandle handle(String use) {
        requireOpen(use);
        if (handle == null) {
            handle = variable.read();
        }
        return handle;
    }

    /** Makes this tensor hold {@code replacement} (which it then owns) and frees the old value. */
    synchronized void replace(TFE_TensorHandle replacement) {
        requireOpen("replace");
        dropValue();
        dropVariable();
        handle = replacement;
    }

    /**
     * Returns the resource variable holding this tensor's value, creating it on first use, for a
     * training kernel about to update it in place. The cached value is dropped first: it would be
     * stale after the update.
     */
    synchronized TFE_TensorHandle variableFor(TfRuntime runtime, String use) {
        requireOpen(use);
        if (variable == null) {
            variable = TfVariable.holding(runtime, dtype, shape, handle);
        }
        dropValue();
        return variable.resource();
    }

    /**
     * Returns a resource variable of this tensor's shape and type, zeros at first, that a training
     * kernel may overwrite: the slot a kernel demands but the formula in use ignores. It lives as
     * long as this tensor and never affects its value.
     */
    synchronized TFE_TensorHandle scratchFor(TfRuntime runtime, String use) {
        requireOpen(use);
        if (scratch == null) {
            TFE_TensorHandle zeros = EagerOp.of(runtime, "ZerosLike").input(handle(use)).run();
            try {
                scratch = TfVariable.holding(runtime, dtype, shape, zeros);
            } finally {
                tensorflow.TFE_DeleteTensorHandle(zeros);
            }
        }
        return scratch.resource();
    }

    private void dropValue() {
        if (handle != null) {
            tensorflow.TFE_DeleteTensorHandle(handle);
            handle = null;
        }
    }

    private void dropVariable() {
        if (variable != null) {
            TfVariable old = variable;
            variable = null;
            old.destroy();
        }
    }

    synchronized void requireOpen(String use) {
        if (closed) {
            throw new IllegalStateException(use + ": the tensor " + this + " is already closed");
        }
    }

    @Override
    public String toString() {
        return "TfTensor(" + dtype + " " + Arrays.toString(shape) + (closed ? ", closed)" : ")");
    }
}
