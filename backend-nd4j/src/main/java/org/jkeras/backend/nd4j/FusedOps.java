package org.jkeras.backend.nd4j;

import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.SubOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The fused forward ops on libnd4j's own kernels: dense, softmax, log-softmax, cross-entropy. */
final class FusedOps {

    private FusedOps() {}

    static Tensor dense(Tensor xt, Tensor kernelT, Tensor biasT) {
        Nd4jTensor x = Arrays4j.float32(xt, "x");
        Nd4jTensor kernel = Arrays4j.float32(kernelT, "kernel");
        Nd4jTensor bias = biasT == null ? null : Arrays4j.float32(biasT, "bias");
        int[] shape = x.shapeView();
        int[] ks = kernel.shapeView();
        if (shape.length == 0 || ks.length != 2 || shape[shape.length - 1] != ks[0]) {
            throw new IllegalArgumentException(
                    "kernel must be [in, out] with in the last dimension of x. Received: x "
                            + Arrays.toString(shape)
                            + ", kernel "
                            + Arrays.toString(ks));
        }
        int in = ks[0];
        int out = ks[1];
        if (bias != null && !Arrays.equals(bias.shapeView(), new int[] {out})) {
            throw new IllegalArgumentException(
                    "bias must have shape ["
                            + out
                            + "]. Received: "
                            + Arrays.toString(bias.shapeView()));
        }
        int[] outShape = shape.clone();
        outShape[outShape.length - 1] = out;
        int rows = in == 0 ? Shapes.size(outShape) / Math.max(out, 1) : Shapes.size(shape) / in;
        if (Shapes.size(outShape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.FLOAT32, outShape), DType.FLOAT32, outShape);
        }
        INDArray result;
        if (in == 0) {
            result = Nd4j.create(DataType.FLOAT, rows, out);
        } else {
            result = Arrays4j.take(DataType.FLOAT, new int[] {rows, out});
            INDArray flat = x.array().reshape('c', rows, in);
            Nd4j.gemm(flat, kernel.array(), result, false, false, 1.0, 0.0);
        }
        if (bias != null) {
            result.addiRowVector(bias.array());
        }
        return Arrays4j.wrap(result, DType.FLOAT32, outShape);
    }

    static Tensor softmax(Tensor xt, int axis) {
        Nd4jTensor x = Arrays4j.float32(xt, "x");
        int[] shape = x.shapeView();
        int a = axisOf(shape, axis);
        if (Shapes.size(shape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.FLOAT32, shape), DType.FLOAT32, shape);
        }
        INDArray out = Arrays4j.take(DataType.FLOAT, shape);
        Nd4j.exec(new SoftMax(x.array(), out, a));
        return new Nd4jTensor(out, DType.FLOAT32, shape.clone());
    }

    static Tensor logSoftmax(Tensor xt, int axis) {
        Nd4jTensor x = Arrays4j.float32(xt, "x");
        int[] shape = x.shapeView();
        int a = axisOf(shape, axis);
        if (Shapes.size(shape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.FLOAT32, shape), DType.FLOAT32, shape);
        }
        return Arrays4j.wrap(logSoftmax(x.array(), a), DType.FLOAT32, shape);
    }

    /**
     * Returns {@code x - max - log(sum(exp(x - max)))} along an axis. libnd4j's log_softmax op
     * handles only the last axis and overflows on large logits, so it is composed here, in place
     * where it can be.
     */
    private static INDArray logSoftmax(INDArray x, int axis) {
        INDArray max = x.max(true, axis);
        INDArray shifted = ArrayPool.shared().take(DataType.FLOAT, x.shape());
        Nd4j.exec(new SubOp(x, max, shifted));
        INDArray logSum = Transforms.exp(shifted, true).sum(true, axis);
        Transforms.log(logSum, false);
        Nd4j.exec(new SubOp(shifted, logSum, shifted));
        ArrayPool.shared().give(max);
        ArrayPool.shared().give(logSum);
        return shifted;
    }

    static Tensor softmaxCrossEntropy(Tensor logitsT, Tensor labelsT) {
        Nd4jTensor logits = Arrays4j.float32(logitsT, "logits");
        Nd4jTensor labels = Arrays4j.float32(labelsT, "labels");
        int[] shape = logits.shapeView();
        if (shape.length == 0 || !Arrays.equals(shape, labels.shapeView())) {
            throw new IllegalArgumentException(
                    "labels must have the shape of logits, of rank 1 or more. Received: logits "
                            + Arrays.toString(shape)
                            + ", labels "
                            + Arrays.toString(labels.shapeView()));
        }
        int last = shape.length - 1;
        int[] outShape = Arrays.copyOf(shape, last);
        if (Shapes.size(outShape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.FLOAT32, outShape), DType.FLOAT32, outShape);
        }
        if (shape[last] == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.FLOAT32, outShape), DType.FLOAT32, outShape);
        }
        INDArray logProbabilities = logSoftmax(logits.array(), last);
        logProbabilities.muli(labels.array());
        INDArray sum = logProbabilities.sum(false, last);
        logProbabilities.close();
        sum.negi();
        return Arrays4j.wrap(sum, DType.FLOAT32, outShape);
    }

    private static int axisOf(int[] shape, int axis) {
        if (shape.length == 0) {
            throw new IllegalArgumentException("x must have rank 1 or more. Received: rank 0");
        }
        return Shapes.normalizeAxis(axis, shape.length);
    }
}
