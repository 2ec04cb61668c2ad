package org.jkeras.backend.djl;

import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Tensor;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * The SPI's fused forward ops on TensorFlow's own kernels: {@code MatMul} and {@code BiasAdd} for
 * dense, {@code Softmax} and {@code LogSoftmax} over the last axis, and {@code
 * SoftmaxCrossEntropyWithLogits}, whose loss output is exactly the SPI's.
 */
final class FusedKernels {

    private FusedKernels() {}

    static Tensor dense(DjlTfBackend backend, Tensor x, Tensor kernel, Tensor bias) {
        TfTensor input = Arguments.float32(x, "dense", "x");
        TfTensor weights = Arguments.float32(kernel, "dense", "kernel");
        Arguments.requireRank("dense", "kernel", weights, 2);
        int[] shape = input.dims();
        if (shape.length == 0) {
            throw new IllegalArgumentException("dense: x must have rank >= 1. Received: a scalar");
        }
        int in = shape[shape.length - 1];
        int[] kernelShape = weights.dims();
        if (kernelShape[0] != in) {
            throw new IllegalArgumentException(
                    "dense: kernel must have "
                            + in
                            + " rows, the last dimension of x "
                            + Arrays.toString(shape)
                            + ". Received: kernel "
                            + Arrays.toString(kernelShape));
        }
        int units = kernelShape[1];
        TfTensor offsets = null;
        if (bias != null) {
            offsets = Arguments.float32(bias, "dense", "bias");
            Arguments.requireShape("dense", "bias", offsets, new int[] {units});
        }
        int[] outShape = shape.clone();
        outShape[shape.length - 1] = units;
        int rows = Shapes.size(Arrays.copyOf(shape, shape.length - 1));
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle flat = input.handle("dense");
            if (shape.length != 2) {
                flat = t.add(backend.reshaped(flat, new int[] {rows, in}));
            }
            TFE_TensorHandle product =
                    backend.op("MatMul").input(flat).input(weights.handle("dense")).run();
            if (offsets != null) {
                t.add(product);
                product = backend.op("BiasAdd").input(product).input(offsets.handle("dense")).run();
            }
            if (shape.length != 2) {
                t.add(product);
                product = backend.reshaped(product, outShape);
            }
            return new TfTensor(outShape, DType.FLOAT32, product);
        }
    }

    static Tensor softmax(DjlTfBackend backend, Tensor x, int axis, boolean log) {
        String name = log ? "logSoftmax" : "softmax";
        TfTensor input = Arguments.float32(x, name, "x");
        int[] shape = input.dims();
        int a = Shapes.normalizeAxis(axis, shape.length);
        if (a != shape.length - 1 || Shapes.size(shape) == 0) {
            // TensorFlow's kernels work on the last axis only; others take the composed path.
            return log ? backend.composedLogSoftmax(x, axis) : backend.composedSoftmax(x, axis);
        }
        TFE_TensorHandle result =
                backend.op(log ? "LogSoftmax" : "Softmax").input(input.handle(name)).run();
        return new TfTensor(shape.clone(), DType.FLOAT32, result);
    }

    static Tensor softmaxCrossEntropy(DjlTfBackend backend, Tensor logits, Tensor labels) {
        String name = "softmaxCrossEntropy";
        TfTensor scores = Arguments.float32(logits, name, "logits");
        TfTensor targets = Arguments.float32(labels, name, "labels");
        int[] shape = scores.dims();
        if (shape.length == 0) {
            throw new IllegalArgumentException(
                    "softmaxCrossEntropy: logits must have rank >= 1. Received: a scalar");
        }
        Arguments.requireShape(name, "labels", targets, shape);
        int[] outShape = Arrays.copyOf(shape, shape.length - 1);
        int classes = shape[shape.length - 1];
        int rows = Shapes.size(outShape);
        if (rows == 0 || classes == 0) {
            return backend.composedSoftmaxCrossEntropy(logits, labels);
        }
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle x = scores.handle(name);
            TFE_TensorHandle y = targets.handle(name);
            if (shape.length != 2) {
                x = t.add(backend.reshaped(x, new int[] {rows, classes}));
                y = t.add(backend.reshaped(y, new int[] {rows, classes}));
            }
            TFE_TensorHandle loss =
                    backend.op("SoftmaxCrossEntropyWithLogits").input(x).input(y).run();
            if (shape.length != 2) {
                t.add(loss);
                loss = backend.reshaped(loss, outShape);
            }
            return new TfTensor(outShape, DType.FLOAT32, loss);
        }
    }
}
