package org.jkeras.backend.nd4j;

import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves between jkeras shapes, types and host arrays and ND4J arrays, and checks the tensors an op
 * receives. Every array this class hands out is a fresh, contiguous, row-major copy, so a result
 * never shares memory with an input.
 */
final class Arrays4j {

    private Arrays4j() {}

    static long[] longs(int[] shape) {
        long[] out = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = shape[i];
        }
        return out;
    }

    static DataType nd4jType(DType dtype) {
        return dtype == DType.INT32 ? DataType.INT32 : DataType.FLOAT;
    }

    /** Returns an uninitialized array from the pool; the caller fills every element. */
    static INDArray take(DataType type, int[] shape) {
        return ArrayPool.shared().take(type, longs(shape));
    }

    /** Returns a pooled copy of a contiguous array, for an op to work on in place. */
    static INDArray copyOf(INDArray array) {
        INDArray copy = ArrayPool.shared().take(array.dataType(), array.shape());
        copy.assign(array);
        return copy;
    }

    /** Returns a zero-filled array; rank 0 and size 0 included. */
    static INDArray zeros(DType dtype, int[] shape) {
        return Nd4j.create(nd4jType(dtype), longs(shape));
    }

    /** Wraps an array this backend owns; a view or foreign-ordered array is copied first. */
    static Nd4jTensor wrap(INDArray array, DType dtype, int[] shape) {
        INDArray owned = array;
        if (array.isView() || array.ordering() != 'c' || array.dataType() != nd4jType(dtype)) {
            owned = array.castTo(nd4jType(dtype)).dup('c');
        }
        if (!Arrays.equals(owned.shape(), longs(shape))) {
            owned = owned.reshape('c', longs(shape));
        }
        return new Nd4jTensor(owned, dtype, shape.clone());
    }

    static Nd4jTensor fromHost(NDArray host) {
        int[] shape = host.shape();
        if (host.size() == 0) {
            return new Nd4jTensor(zeros(host.dtype(), shape), host.dtype(), shape);
        }
        INDArray array =
                host.dtype() == DType.INT32
                        ? ints(host.toIntArray(), shape)
                        : floats(host.toFloatArray(), shape);
        return new Nd4jTensor(array, host.dtype(), shape);
    }

    /** Copies host floats into a new float32 array of the given shape, in one bulk copy. */
    static INDArray floats(float[] data, int[] shape) {
        if (data.length == 0) {
            return zeros(DType.FLOAT32, shape);
        }
        INDArray array = take(DataType.FLOAT, shape);
        array.data().asNioFloat().put(data);
        return array;
    }

    /** Copies host ints into a new int32 array of the given shape, in one bulk copy. */
    static INDArray ints(int[] data, int[] shape) {
        if (data.length == 0) {
            return zeros(DType.INT32, shape);
        }
        INDArray array = take(DataType.INT32, shape);
        array.data().asNioInt().put(data);
        return array;
    }

    static NDArray toHost(Nd4jTensor tensor) {
        int[] shape = tensor.shapeView();
        if (Shapes.size(shape) == 0) {
            return NDArray.zeros(tensor.dtype(), shape);
        }
        INDArray array = tensor.array().isView() ? tensor.array().dup('c') : tensor.array();
        int size = Shapes.size(shape);
        if (tensor.dtype() == DType.INT32) {
            int[] data = new int[size];
            array.data().asNioInt().get(data);
            return NDArray.of(data, shape.clone());
        }
        float[] data = new float[size];
        array.data().asNioFloat().get(data);
        return NDArray.of(data, shape.clone());
    }

    /** Returns the backend's tensor, rejecting a closed tensor or one from another backend. */
    static Nd4jTensor of(Tensor tensor, String argument) {
        if (tensor == null) {
            throw new IllegalArgumentException(argument + " must not be null. Received: null");
        }
        if (!(tensor instanceof Nd4jTensor nd4j)) {
            throw new IllegalArgumentException(
                    argument
                            + " must be a tensor of the nd4j backend. Received: "
                            + tensor.getClass().getName());
        }
        if (nd4j.isClosed()) {
            throw new IllegalStateException(
                    argument + " is closed: it cannot be used after close()");
        }
        return nd4j;
    }

    /** Returns the backend's float32 tensor, rejecting other types. */
    static Nd4jTensor float32(Tensor tensor, String argument) {
        Nd4jTensor t = of(tensor, argument);
        if (t.dtype() != DType.FLOAT32) {
            throw new IllegalArgumentException(
                    argument + " must be float32. Received: " + t.dtype());
        }
        return t;
    }

    /** Returns the backend's int32 tensor, rejecting other types. */
    static Nd4jTensor int32(Tensor tensor, String argument) {
        Nd4jTensor t = of(tensor, argument);
        if (t.dtype() != DType.INT32) {
            throw new IllegalArgumentException(argument + " must be int32. Received: " + t.dtype());
        }
        return t;
    }

    /**
     * Returns the array, whose shape is {@code from}, broadcast to {@code shape} as a fresh
     * contiguous copy; {@code from} is aligned to the right as NumPy aligns it.
     */
    static INDArray broadcastTo(INDArray array, int[] from, int[] shape) {
        long[] target = longs(shape);
        int[] padded = new int[shape.length];
        Arrays.fill(padded, 1);
        System.arraycopy(from, 0, padded, shape.length - from.length, from.length);
        INDArray ranked = array.reshape('c', longs(padded));
        if (Arrays.equals(ranked.shape(), target)) {
            return ranked.dup('c');
        }
        return ranked.broadcast(target).dup('c');
    }
}
