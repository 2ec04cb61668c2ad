package org.jkeras.backend.cpu;

import java.util.List;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * Delegates every core op to a {@link CpuBackend} but none of the fused ones, so that the fused ops
 * run as the SPI's composed defaults: the reference the backend's own fused loops must match.
 */
final class CoreOnlyBackend implements Backend {

    private final CpuBackend core;

    CoreOnlyBackend(CpuBackend core) {
        this.core = core;
    }

    @Override
    public String name() {
        return core.name();
    }

    @Override
    public Tensor fromHost(NDArray array) {
        return core.fromHost(array);
    }

    @Override
    public NDArray toHost(Tensor tensor) {
        return core.toHost(tensor);
    }

    @Override
    public Tensor full(int[] shape, DType dtype, double value) {
        return core.full(shape, dtype, value);
    }

    @Override
    public Tensor unary(UnaryOp op, Tensor x) {
        return core.unary(op, x);
    }

    @Override
    public Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        return core.binary(op, a, b);
    }

    @Override
    public Tensor compare(CompareOp op, Tensor a, Tensor b) {
        return core.compare(op, a, b);
    }

    @Override
    public Tensor where(Tensor condition, Tensor a, Tensor b) {
        return core.where(condition, a, b);
    }

    @Override
    public Tensor reduce(ReduceOp op, Tensor x, int[] axes, boolean keepDims) {
        return core.reduce(op, x, axes, keepDims);
    }

    @Override
    public Tensor argMax(Tensor x, int axis) {
        return core.argMax(x, axis);
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b, boolean transposeA, boolean transposeB) {
        return core.matmul(a, b, transposeA, transposeB);
    }

    @Override
    public Tensor reshape(Tensor x, int[] shape) {
        return core.reshape(x, shape);
    }

    @Override
    public Tensor transpose(Tensor x, int[] permutation) {
        return core.transpose(x, permutation);
    }

    @Override
    public Tensor slice(Tensor x, int[] begin, int[] size) {
        return core.slice(x, begin, size);
    }

    @Override
    public Tensor concat(List<Tensor> tensors, int axis) {
        return core.concat(tensors, axis);
    }

    @Override
    public Tensor gather(Tensor x, Tensor indices, int axis) {
        return core.gather(x, indices, axis);
    }

    @Override
    public Tensor oneHot(Tensor indices, int depth) {
        return core.oneHot(indices, depth);
    }

    @Override
    public Tensor cast(Tensor x, DType dtype) {
        return core.cast(x, dtype);
    }

    @Override
    public void assign(Tensor target, Tensor value) {
        core.assign(target, value);
    }
}
