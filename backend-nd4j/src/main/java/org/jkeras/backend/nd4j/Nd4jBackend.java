package org.jkeras.backend.nd4j;

import java.util.List;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The jkeras SPI on ND4J: every tensor is a float32 or int32 ND4J array in native memory, and every
 * op, core and fused, runs on libnd4j's kernels and BLAS. Results are always fresh arrays that the
 * caller closes, which frees their native memory at once.
 */
final class Nd4jBackend implements Backend {

    /** The name users select this backend by. */
    static final String NAME = "nd4j";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Tensor fromHost(NDArray array) {
        if (array == null) {
            throw new IllegalArgumentException("array must not be null. Received: null");
        }
        return Arrays4j.fromHost(array);
    }

    @Override
    public NDArray toHost(Tensor tensor) {
        return Arrays4j.toHost(Arrays4j.of(tensor, "tensor"));
    }

    @Override
    public Tensor full(int[] shape, DType dtype, double value) {
        if (shape == null || dtype == null) {
            throw new IllegalArgumentException(
                    "shape and dtype must not be null. Received: " + shape + ", " + dtype);
        }
        int[] copy = shape.clone();
        // Shapes.size rejects a negative dimension with an IllegalArgumentException.
        if (Shapes.size(copy) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(dtype, copy), dtype, copy);
        }
        INDArray array = Arrays4j.take(Arrays4j.nd4jType(dtype), copy);
        array.assign(dtype == DType.INT32 ? (Number) (int) value : (Number) (float) value);
        return new Nd4jTensor(array, dtype, copy);
    }

    @Override
    public Tensor unary(UnaryOp op, Tensor x) {
        return ElementwiseOps.unary(op, x);
    }

    @Override
    public Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        return ElementwiseOps.binary(op, a, b);
    }

    @Override
    public Tensor compare(CompareOp op, Tensor a, Tensor b) {
        return ElementwiseOps.compare(op, a, b);
    }

    @Override
    public Tensor where(Tensor condition, Tensor a, Tensor b) {
        return ElementwiseOps.where(condition, a, b);
    }

    @Override
    public Tensor reduce(ReduceOp op, Tensor x, int[] axes, boolean keepDims) {
        return ReduceOps.reduce(op, x, axes, keepDims);
    }

    @Override
    public Tensor argMax(Tensor x, int axis) {
        return ReduceOps.argMax(x, axis);
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b, boolean transposeA, boolean transposeB) {
        return ReduceOps.matmul(a, b, transposeA, transposeB);
    }

    @Override
    public Tensor reshape(Tensor x, int[] shape) {
        return ShapeOps.reshape(x, shape);
    }

    @Override
    public Tensor transpose(Tensor x, int[] permutation) {
        return ShapeOps.transpose(x, permutation);
    }

    @Override
    public Tensor slice(Tensor x, int[] begin, int[] size) {
        return ShapeOps.slice(x, begin, size);
    }

    @Override
    public Tensor concat(List<Tensor> tensors, int axis) {
        return ShapeOps.concat(tensors, axis);
    }

    @Override
    public Tensor gather(Tensor x, Tensor indices, int axis) {
        return ShapeOps.gather(x, indices, axis);
    }

    @Override
    public Tensor oneHot(Tensor indices, int depth) {
        return ShapeOps.oneHot(indices, depth);
    }

    @Override
    public Tensor cast(Tensor x, DType dtype) {
        return ShapeOps.cast(x, dtype);
    }

    @Override
    public void assign(Tensor target, Tensor value) {
        ShapeOps.assign(target, value);
    }

    @Override
    public Tensor dense(Tensor x, Tensor kernel, Tensor bias) {
        return FusedOps.dense(x, kernel, bias);
    }

    @Override
    public Tensor softmax(Tensor x, int axis) {
        return FusedOps.softmax(x, axis);
    }

    @Override
    public Tensor logSoftmax(Tensor x, int axis) {
        return FusedOps.logSoftmax(x, axis);
    }

    @Override
    public Tensor softmaxCrossEntropy(Tensor logits, Tensor labels) {
        return FusedOps.softmaxCrossEntropy(logits, labels);
    }

    @Override
    public void sgdUpdate(
            Tensor param,
            Tensor grad,
            Tensor velocity,
            double lr,
            double momentum,
            boolean nesterov) {
        OptimizerUpdates.sgd(param, grad, velocity, lr, momentum, nesterov);
    }

    @Override
    public void rmspropUpdate(
            Tensor param, Tensor grad, Tensor accumulator, double lr, double rho, double epsilon) {
        OptimizerUpdates.rmsprop(param, grad, accumulator, lr, rho, epsilon);
    }

    @Override
    public void adamUpdate(
            Tensor param,
            Tensor grad,
            Tensor m,
            Tensor v,
            Tensor vHat,
            double lrT,
            double beta1,
            double beta2,
            double epsilon) {
        OptimizerUpdates.adam(param, grad, m, v, vHat, lrT, beta1, beta2, epsilon);
    }

    /** Frees the native arrays kept for reuse. */
    @Override
    public void close() {
        ArrayPool.shared().clear();
    }

    /** Returns the device ND4J computes on, for the provider to report. */
    static String device() {
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        return kindOf(backend)
                + " ("
                + backend
                + ", "
                + Nd4j.getEnvironment().maxMasterThreads()
                + " threads)";
    }

    /**
     * Returns {@code cuda} for ND4J's CUDA backend class ({@code JCublasBackend}, named for cuBLAS
     * rather than CUDA), else {@code cpu}.
     */
    static String kindOf(String backendClass) {
        String name = backendClass.toLowerCase(java.util.Locale.ROOT);
        return name.contains("cublas") || name.contains("cuda") ? "cuda" : "cpu";
    }
}
