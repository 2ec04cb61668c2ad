package org.jkeras.conformance;

import java.util.List;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/** Passes every core op to another backend, so that a test can break one op at a time. */
class ForwardingBackend implements Backend {

    private final Backend inner;

    ForwardingBackend(Backend inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Tensor fromHost(NDArray array) {
        return inner.fromHost(array);
    }

    @Override
    public NDArray toHost(Tensor tensor) {
        return inner.toHost(tensor);
    }

    @Override
    public Tensor full(int[] shape, DType dtype, double value) {
        return inner.full(shape, dtype, value);
    }

    @Override
    public Tensor unary(UnaryOp op, Tensor x) {
        return inner.unary(op, x);
    }

    @Override
    public Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        return inner.binary(op, a, b);
    }

    @Override
    public Tensor compare(CompareOp op, Tensor a, Tensor b) {
        return inner.compare(op, a, b);
    }

    @Override
    public Tensor where(Tensor condition, Tensor a, Tensor b) {
        return inner.where(condition, a, b);
    }

    @Override
    public Tensor reduce(ReduceOp op, Tensor x, int[] axes, boolean keepDims) {
        return inner.reduce(op, x, axes, keepDims);
    }

    @Override
    public Tensor argMax(Tensor x, int axis) {
        return inner.argMax(x, axis);
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b, boolean transposeA, boolean transposeB) {
        return inner.matmul(a, b, transposeA, transposeB);
    }

    @Override
    public Tensor reshape(Tensor x, int[] shape) {
        return inner.reshape(x, shape);
    }

    @Override
    public Tensor transpose(Tensor x, int[] permutation) {
        return inner.transpose(x, permutation);
    }

    @Override
    public Tensor slice(Tensor x, int[] begin, int[] size) {
        return inner.slice(x, begin, size);
    }

    @Override
    public Tensor concat(List<Tensor> tensors, int axis) {
        return inner.concat(tensors, axis);
    }

    @Override
    public Tensor gather(Tensor x, Tensor indices, int axis) {
        return inner.gather(x, indices, axis);
    }

    @Override
    public Tensor oneHot(Tensor indices, int depth) {
        return inner.oneHot(indices, depth);
    }

    @Override
    public Tensor cast(Tensor x, DType dtype) {
        return inner.cast(x, dtype);
    }

    @Override
    public void assign(Tensor target, Tensor value) {
        inner.assign(target, value);
    }
}
