package org.jkeras.backend.cpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jkeras.backend.cpu.matmul.Gemm;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * The pure-Java backend: every op of the SPI in float32 on the JVM heap, with large loops shared
 * across a fork-join pool sized to the available processors.
 *
 * <p>Tensors are row-major Java arrays. Every op returns a tensor with its own array, so closing a
 * result or assigning into it never affects another tensor.
 */
public final class CpuBackend implements Backend {

    /** The name users select this backend by. */
    public static final String NAME = "cpu-java";

    /** Creates the backend; it holds no resources of its own. */
    public CpuBackend() {}

    @Override
    public String name() {
        return NAME;
    }

    // ---- creation and host transfer ----

    @Override
    public Tensor fromHost(NDArray array) {
        Objects.requireNonNull(array, "array");
        int[] shape = array.shape();
        return array.dtype() == DType.FLOAT32
                ? CpuTensor.ofFloats(shape, array.toFloatArray())
                : CpuTensor.ofInts(shape, array.toIntArray());
    }

    @Override
    public NDArray toHost(Tensor tensor) {
        CpuTensor t = open(tensor, "toHost", "tensor");
        return t.type() == DType.FLOAT32
                ? NDArray.of(t.floats(), t.dims())
                : NDArray.of(t.ints(), t.dims());
    }

    @Override
    public Tensor full(int[] shape, DType dtype, double value) {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
        int size = Shapes.size(shape);
        if (dtype == DType.FLOAT32) {
            float[] data = new float[size];
            Arrays.fill(data, (float) value);
            return CpuTensor.ofFloats(shape.clone(), data);
        }
        int[] data = new int[size];
        Arrays.fill(data, (int) value);
        return CpuTensor.ofInts(shape.clone(), data);
    }

    // ---- element-wise ----

    @Override
    public Tensor unary(UnaryOp op, Tensor x) {
        Objects.requireNonNull(op, "op");
        CpuTensor input = float32(x, "unary", "x");
        float[] in = input.floats();
        float[] out = new float[in.length];
        Parallel.forRange(in.length, 4, (from, to) -> Elementwise.unary(op, in, out, from, to));
        return CpuTensor.ofFloats(input.dims().clone(), out);
    }

    @Override
    public Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        Objects.requireNonNull(op, "op");
        CpuTensor left = float32(a, "binary", "a");
        CpuTensor right = float32(b, "binary", "b");
        int[] shape = broadcastShape("binary", left, right);
        StridedLoop loop = StridedLoop.broadcasting(shape, left.dims(), right.dims());
        float[] x = left.floats();
        float[] y = right.floats();
        float[] out = new float[loop.size()];
        int xStride = loop.innerStride(0);
        int yStride = loop.innerStride(1);
        loop.forEachRun(
                op == BinaryOp.POW ? 8 : 1,
                (offsets, position, length) ->
                        Elementwise.binaryRow(
                                op,
                                x,
                                offsets[0],
                                xStride,
                                y,
                                offsets[1],
                                yStride,
                                out,
                                position,
                                length));
        return CpuTensor.ofFloats(shape, out);
    }

    @Override
    public Tensor compare(CompareOp op, Tensor a, Tensor b) {
        Objects.requireNonNull(op, "op");
        CpuTensor left = open(a, "compare", "a");
        CpuTensor right = open(b, "compare", "b");
        if (left.type() != right.type()) {
            throw new IllegalArgumentException(
                    "compare: a and b must have the same dtype. Received: "
                            + left.type()
                            + " and "
                            + right.type());
        }
        int[] shape = broadcastShape("compare", left, right);
        StridedLoop loop = StridedLoop.broadcasting(shape, left.dims(), right.dims());
        float[] out = new float[loop.size()];
        int xStride = loop.innerStride(0);
        int yStride = loop.innerStride(1);
        boolean floats = left.type() == DType.FLOAT32;
        loop.forEachRun(
                1,
                (offsets, position, length) -> {
                    if (floats) {
                        Comparisons.row(
                                op,
                                left.floats(),
                                offsets[0],
                                xStride,
                                right.floats(),
                                offsets[1],
                                yStride,
                                out,
                                position,
                                length);
                    } else {
                        Comparisons.row(
                                op,
                                left.ints(),
                                offsets[0],
                                xStride,
                                right.ints(),
                                offsets[1],
                                yStride,
                                out,
                                position,
                                length);
                    }
                });
        return CpuTensor.ofFloats(shape, out);
    }

    @Override
    public Tensor where(Tensor condition, Tensor a, Tensor b) {
        CpuTensor mask = float32(condition, "where", "condition");
        CpuTensor left = open(a, "where", "a");
        CpuTensor right = open(b, "where", "b");
        if (left.type() != right.type()) {
            throw new IllegalArgumentException(
                    "where: a and b must have the same dtype. Received: "
                            + left.type()
                            + " and "
                            + right.type());
        }
        int[] shape;
        try {
            shape = Shapes.broadcast(Shapes.broadcast(mask.dims(), left.dims()), right.dims());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "where: the shapes of condition, a and b must broadcast together. Received: "
                            + Arrays.toString(mask.dims())
                            + ", "
                            + Arrays.toString(left.dims())
                            + " and "
                            + Arrays.toString(right.dims()),
                    e);
        }
        StridedLoop loop = StridedLoop.broadcasting(shape, mask.dims(), left.dims(), right.dims());
        float[] picks = mask.floats();
        int cStride = loop.innerStride(0);
        int aStride = loop.innerStride(1);
        int bStride = loop.innerStride(2);
        Object out = ShapeKernels.allocateLike(data(left), loop.size());
        loop.forEachRun(
                1,
                (offsets, position, length) -> {
                    int c = offsets[0];
                    int x = offsets[1];
                    int y = offsets[2];
                    if (out instanceof float[] floats) {
                        float[] first = left.floats();
                        float[] second = right.floats();
                        for (int i = 0; i < length; i++) {
                            floats[position + i] =
                                    picks[c + i * cStride] != 0f
                                            ? first[x + i * aStride]
                                            : second[y + i * bStride];
                        }
                    } else {
                        int[] ints = (int[]) out;
                        int[] first = left.ints();
                        int[] second = right.ints();
                        for (int i = 0; i < length; i++) {
                            ints[position + i] =
                                    picks[c + i * cStride] != 0f
                                            ? first[x + i * aStride]
                                            : second[y + i * bStride];
                        }
                    }
                });
        return wrap(shape, out);
    }

    // ---- reductions ----

    @Override
    public Tensor reduce(ReduceOp op, Tensor x, int[] axes, boolean keepDims) {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(axes, "axes");
        CpuTensor input = float32(x, "reduce", "x");
        int[] shape = input.dims();
        int[] normalized = Shapes.normalizeAxes(axes, shape.length);
        if (normalized.length == 0) {
            return CpuTensor.ofFloats(shape.clone(), input.floats().clone());
        }
        float[] out = Reductions.reduce(op, input.floats(), shape, normalized);
        return CpuTensor.ofFloats(Shapes.reducedShape(shape, normalized, keepDims), out);
    }

    @Override
    public Tensor argMax(Tensor x, int axis) {
        CpuTensor input = open(x, "argMax", "x");
        int[] shape = input.dims();
        int a = Shapes.normalizeAxis(axis, shape.length);
        int n = shape[a];
        int outer = product(shape, 0, a);
        int inner = product(shape, a + 1, shape.length);
        int[] outShape = removeAxis(shape, a);
        if (n == 0 && Shapes.size(outShape) > 0) {
            throw new IllegalArgumentException(
                    "argMax: axis "
                            + axis
                            + " must not be empty; an empty axis has no largest element."
                            + " Received shape "
                            + Arrays.toString(shape));
        }
        int[] out =
                input.type() == DType.FLOAT32
                        ? Reductions.argMax(input.floats(), outer, n, inner)
                        : Reductions.argMax(input.ints(), outer, n, inner);
        return CpuTensor.ofInts(outShape, out);
    }

    // ---- linear algebra ----

    @Override
    public Tensor matmul(Tensor a, Tensor b, boolean transposeA, boolean transposeB) {
        CpuTensor left = float32(a, "matmul", "a");
        CpuTensor right = float32(b, "matmul", "b");
        requireRank(left, 2, "matmul", "a");
        requireRank(right, 2, "matmul", "b");
        int[] aShape = left.dims();
        int[] bShape = right.dims();
        int m = transposeA ? aShape[1] : aShape[0];
        int k = transposeA ? aShape[0] : aShape[1];
        int kB = transposeB ? bShape[1] : bShape[0];
        int n = transposeB ? bShape[0] : bShape[1];
        if (k != kB) {
            throw new IllegalArgumentException(
                    "matmul: the inner dimensions of a and b must match. Received: a "
                            + Arrays.toString(aShape)
                            + (transposeA ? " transposed" : "")
                            + " and b "
                            + Arrays.toString(bShape)
                            + (transposeB ? " transposed" : ""));
        }
        float[] out = new float[m * n];
        gemm(left.floats(), right.floats(), out, m, n, k, transposeA, transposeB);
        return CpuTensor.ofFloats(new int[] {m, n}, out);
    }

    /** The one place the matrix kernel is chosen; every matmul and dense goes through it. */
    private static void gemm(
            float[] a,
            float[] b,
            float[] c,
            int m,
            int n,
            int k,
            boolean transposeA,
            boolean transposeB) {
        Gemm.multiply(a, b, c, m, n, k, transposeA, transposeB);
    }

    // ---- shape ----

    @Override
    public Tensor reshape(Tensor x, int[] shape) {
        Objects.requireNonNull(shape, "shape");
        CpuTensor input = open(x, "reshape", "x");
        int[] resolved = Shapes.resolveReshape(input.dims(), shape);
        return wrap(resolved, copyOf(data(input)));
    }

    @Override
    public Tensor transpose(Tensor x, int[] permutation) {
        Objects.requireNonNull(permutation, "permutation");
        CpuTensor input = open(x, "transpose", "x");
        int[] shape = input.dims();
        int[] axes = checkPermutation(permutation, shape.length);
        int[] outShape = new int[shape.length];
        for (int i = 0; i < axes.length; i++) {
            outShape[i] = shape[axes[i]];
        }
        return wrap(outShape, ShapeKernels.transpose(data(input), shape, axes, outShape));
    }

    @Override
    public Tensor slice(Tensor x, int[] begin, int[] size) {
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(size, "size");
        CpuTensor input = open(x, "slice", "x");
        int[] shape = input.dims();
        requireLength("slice", "begin", begin, shape.length);
        requireLength("slice", "size", size, shape.length);
        int[] extent = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            if (begin[d] < 0 || begin[d] > shape[d]) {
                throw new IllegalArgumentException(
                        "slice: begin["
                                + d
                                + "] must be in [0, "
                                + shape[d]
                                + "] for shape "
                                + Arrays.toString(shape)
                                + ". Received: "
                                + begin[d]);
            }
            extent[d] = size[d] == -1 ? shape[d] - begin[d] : size[d];
            if (extent[d] < 0 || begin[d] + extent[d] > shape[d]) {
                throw new IllegalArgumentException(
                        "slice: size["
                                + d
                                + "] must be -1 or in [0, "
                                + (shape[d] - begin[d])
                                + "] for begin "
                                + begin[d]
                                + " and shape "
                                + Arrays.toString(shape)
                                + ". Received: "
                                + size[d]);
            }
        }
        return wrap(extent, ShapeKernels.slice(data(input), shape, begin, extent));
    }

    @Override
    public Tensor concat(List<Tensor> tensors, int axis) {
        Objects.requireNonNull(tensors, "tensors");
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException(
                    "concat: tensors must hold at least one tensor. Received: an empty list");
        }
        CpuTensor first = open(tensors.get(0), "concat", "tensors[0]");
        int[] shape = first.dims();
        int a = Shapes.normalizeAxis(axis, shape.length);
        List<Object> parts = new ArrayList<>(tensors.size());
        int[] extents = new int[tensors.size()];
        int total = 0;
        for (int t = 0; t < tensors.size(); t++) {
            CpuTensor part = open(tensors.get(t), "concat", "tensors[" + t + "]");
            checkConcatPart(first, part, a, t);
            parts.add(data(part));
            extents[t] = part.dims()[a];
            total += extents[t];
        }
        int[] outShape = shape.clone();
        outShape[a] = total;
        int outer = product(shape, 0, a);
        int inner = product(shape, a + 1, shape.length);
        Object out = ShapeKernels.allocateLike(data(first), Shapes.size(outShape));
        return wrap(outShape, ShapeKernels.concat(parts, extents, outer, inner, out, total));
    }

    private static void checkConcatPart(CpuTensor first, CpuTensor part, int axis, int index) {
        if (part.type() != first.type()) {
            throw new IllegalArgumentException(
                    "concat: tensors must share one dtype; tensors[0] is "
                            + first.type()
                            + ". Received: "
                            + part.type()
                            + " at tensors["
                            + index
                            + "]");
        }
        int[] expected = first.dims();
        int[] actual = part.dims();
        boolean matches = expected.length == actual.length;
        for (int d = 0; matches && d < expected.length; d++) {
            matches = d == axis || expected[d] == actual[d];
        }
        if (!matches) {
            throw new IllegalArgumentException(
                    "concat: tensors must match "
                            + Arrays.toString(expected)
                            + " in every dimension but axis "
                            + axis
                            + ". Received: "
                            + Arrays.toString(actual)
                            + " at tensors["
                            + index
                            + "]");
        }
    }

    @Override
    public Tensor gather(Tensor x, Tensor indices, int axis) {
        CpuTensor input = open(x, "gather", "x");
        CpuTensor index = int32(indices, "gather", "indices");
        int[] shape = input.dims();
        int a = Shapes.normalizeAxis(axis, shape.length);
        int axisSize = shape[a];
        int[] picks = index.ints();
        for (int i = 0; i < picks.length; i++) {
            if (picks[i] < 0 || picks[i] >= axisSize) {
                throw new IndexOutOfBoundsException(
                        "gather: indices must be in [0, "
                                + axisSize
                                + ") along axis "
                                + axis
                                + " of shape "
                                + Arrays.toString(shape)
                                + ". Received: "
                                + picks[i]
                                + " at flat position "
                                + i);
            }
        }
        int[] indexShape = index.dims();
        int[] outShape = new int[shape.length - 1 + indexShape.length];
        System.arraycopy(shape, 0, outShape, 0, a);
        System.arraycopy(indexShape, 0, outShape, a, indexShape.length);
        System.arraycopy(shape, a + 1, outShape, a + indexShape.length, shape.length - a - 1);
        int outer = product(shape, 0, a);
        int inner = product(shape, a + 1, shape.length);
        return wrap(outShape, ShapeKernels.gather(data(input), outer, axisSize, inner, picks));
    }

    @Override
    public Tensor oneHot(Tensor indices, int depth) {
        CpuTensor index = int32(indices, "oneHot", "indices");
        if (depth < 0) {
            throw new IllegalArgumentException("oneHot: depth must be >= 0. Received: " + depth);
        }
        int[] indexShape = index.dims();
        int[] outShape = Arrays.copyOf(indexShape, indexShape.length + 1);
        outShape[indexShape.length] = depth;
        // Rejects a result too large for one array before allocating it.
        Shapes.size(outShape);
        return CpuTensor.ofFloats(outShape, ShapeKernels.oneHot(index.ints(), depth));
    }

    @Override
    public Tensor cast(Tensor x, DType dtype) {
        Objects.requireNonNull(dtype, "dtype");
        CpuTensor input = open(x, "cast", "x");
        int[] shape = input.dims().clone();
        if (input.type() == dtype) {
            return wrap(shape, copyOf(data(input)));
        }
        if (dtype == DType.INT32) {
            float[] in = input.floats();
            int[] out = new int[in.length];
            for (int i = 0; i < in.length; i++) {
                // Java's narrowing already truncates toward zero, saturates and maps NaN to 0.
                out[i] = (int) in[i];
            }
            return CpuTensor.ofInts(shape, out);
        }
        int[] in = input.ints();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i];
        }
        return CpuTensor.ofFloats(shape, out);
    }

    @Override
    public void assign(Tensor target, Tensor value) {
        CpuTensor to = open(target, "assign", "target");
        CpuTensor from = open(value, "assign", "value");
        if (to.type() != from.type() || !Arrays.equals(to.dims(), from.dims())) {
            throw new IllegalArgumentException(
                    "assign: value must have the dtype and shape of target, "
                            + to.type()
                            + " "
                            + Arrays.toString(to.dims())
                            + ". Received: "
                            + from.type()
                            + " "
                            + Arrays.toString(from.dims()));
        }
        System.arraycopy(data(from), 0, data(to), 0, from.count());
    }

    // ---- fused ops ----

    @Override
    public Tensor dense(Tensor x, Tensor kernel, Tensor bias) {
        CpuTensor input = float32(x, "dense", "x");
        CpuTensor weights = float32(kernel, "dense", "kernel");
        requireRank(weights, 2, "dense", "kernel");
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
        float[] biasData = null;
        if (bias != null) {
            CpuTensor b = float32(bias, "dense", "bias");
            if (!Arrays.equals(b.dims(), new int[] {units})) {
                throw new IllegalArgumentException(
                        "dense: bias must have shape ["
                                + units
                                + "]. Received: "
                                + Arrays.toString(b.dims()));
            }
            biasData = b.floats();
        }
        int rows = product(shape, 0, shape.length - 1);
        int[] outShape = shape.clone();
        outShape[shape.length - 1] = units;
        float[] out = new float[Shapes.size(outShape)];
        gemm(input.floats(), weights.floats(), out, rows, units, in, false, false);
        if (biasData != null) {
            FusedKernels.addBias(out, biasData, rows, units);
        }
        return CpuTensor.ofFloats(outShape, out);
    }

    @Override
    public Tensor softmax(Tensor x, int axis) {
        return softmaxAlong(x, axis, "softmax", false);
    }

    @Override
    public Tensor logSoftmax(Tensor x, int axis) {
        return softmaxAlong(x, axis, "logSoftmax", true);
    }

    private Tensor softmaxAlong(Tensor x, int axis, String op, boolean log) {
        CpuTensor input = float32(x, op, "x");
        int[] shape = input.dims();
        int a = Shapes.normalizeAxis(axis, shape.length);
        float[] out = new float[input.count()];
        FusedKernels.softmax(
                input.floats(),
                out,
                product(shape, 0, a),
                shape[a],
                product(shape, a + 1, shape.length),
                log);
        return CpuTensor.ofFloats(shape.clone(), out);
    }

    @Override
    public Tensor softmaxCrossEntropy(Tensor logits, Tensor labels) {
        CpuTensor scores = float32(logits, "softmaxCrossEntropy", "logits");
        CpuTensor targets = float32(labels, "softmaxCrossEntropy", "labels");
        int[] shape = scores.dims();
        if (shape.length == 0) {
            throw new IllegalArgumentException(
                    "softmaxCrossEntropy: logits must have rank >= 1. Received: a scalar");
        }
        requireSameShape("softmaxCrossEntropy", "labels", targets, shape);
        int n = shape[shape.length - 1];
        int[] outShape = Arrays.copyOf(shape, shape.length - 1);
        int rows = Shapes.size(outShape);
        float[] out = new float[rows];
        FusedKernels.softmaxCrossEntropy(scores.floats(), targets.floats(), out, rows, n);
        return CpuTensor.ofFloats(outShape, out);
    }

    @Override
    public void sgdUpdate(
            Tensor param,
            Tensor grad,
            Tensor velocity,
            double lr,
            double momentum,
            boolean nesterov) {
        String op = "sgdUpdate";
        CpuTensor p = float32(param, op, "param");
        CpuTensor g = sameShape(grad, op, "grad", p);
        float[] v = velocity == null ? null : sameShape(velocity, op, "velocity", p).floats();
        FusedKernels.sgd(p.floats(), g.floats(), v, (float) lr, (float) momentum, nesterov);
    }

    @Override
    public void rmspropUpdate(
            Tensor param, Tensor grad, Tensor accumulator, double lr, double rho, double epsilon) {
        String op = "rmspropUpdate";
        CpuTensor p = float32(param, op, "param");
        CpuTensor g = sameShape(grad, op, "grad", p);
        CpuTensor a = sameShape(accumulator, op, "accumulator", p);
        FusedKernels.rmsprop(
                p.floats(),
                g.floats(),
                a.floats(),
                (float) lr,
                (float) rho,
                (float) (1 - rho),
                (float) epsilon);
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
        String op = "adamUpdate";
        CpuTensor p = float32(param, op, "param");
        CpuTensor g = sameShape(grad, op, "grad", p);
        CpuTensor first = sameShape(m, op, "m", p);
        CpuTensor second = sameShape(v, op, "v", p);
        float[] maxSecond = vHat == null ? null : sameShape(vHat, op, "vHat", p).floats();
        FusedKernels.AdamRates rates =
                new FusedKernels.AdamRates(
                        (float) lrT,
                        (float) beta1,
                        (float) (1 - beta1),
                        (float) beta2,
                        (float) (1 - beta2),
                        (float) epsilon);
        FusedKernels.adam(
                p.floats(), g.floats(), first.floats(), second.floats(), maxSecond, rates);
    }

    // ---- argument checks ----

    /** Returns the backend's own tensor behind {@code tensor}, checked to be open. */
    private static CpuTensor open(Tensor tensor, String op, String argument) {
        Objects.requireNonNull(tensor, argument);
        if (!(tensor instanceof CpuTensor cpu)) {
            throw new IllegalArgumentException(
                    op
                            + ": "
                            + argument
                            + " must be a tensor of the "
                            + NAME
                            + " backend. Received: "
                            + tensor.getClass().getName());
        }
        cpu.requireOpen(op + " (" + argument + ")");
        return cpu;
    }

    private static CpuTensor float32(Tensor tensor, String op, String argument) {
        return ofType(tensor, DType.FLOAT32, op, argument);
    }

    private static CpuTensor int32(Tensor tensor, String op, String argument) {
        return ofType(tensor, DType.INT32, op, argument);
    }

    private static CpuTensor ofType(Tensor tensor, DType dtype, String op, String argument) {
        CpuTensor cpu = open(tensor, op, argument);
        if (cpu.type() != dtype) {
            throw new IllegalArgumentException(
                    op + ": " + argument + " must be " + dtype + ". Received: " + cpu.type());
        }
        return cpu;
    }

    private static CpuTensor sameShape(
            Tensor tensor, String op, String argument, CpuTensor reference) {
        CpuTensor cpu = float32(tensor, op, argument);
        requireSameShape(op, argument, cpu, reference.dims());
        return cpu;
    }

    private static void requireSameShape(
            String op, String argument, CpuTensor tensor, int[] expected) {
        if (!Arrays.equals(tensor.dims(), expected)) {
            throw new IllegalArgumentException(
                    op
                            + ": "
                            + argument
                            + " must have shape "
                            + Arrays.toString(expected)
                            + ". Received: "
                            + Arrays.toString(tensor.dims()));
        }
    }

    private static void requireRank(CpuTensor tensor, int rank, String op, String argument) {
        if (tensor.dims().length != rank) {
            throw new IllegalArgumentException(
                    op
                            + ": "
                            + argument
                            + " must have rank "
                            + rank
                            + ". Received: shape "
                            + Arrays.toString(tensor.dims()));
        }
    }

    private static void requireLength(String op, String argument, int[] values, int rank) {
        if (values.length != rank) {
            throw new IllegalArgumentException(
                    op
                            + ": "
                            + argument
                            + " must have one entry per axis ("
                            + rank
                            + "). Received: "
                            + Arrays.toString(values));
        }
    }

    private static int[] broadcastShape(String op, CpuTensor a, CpuTensor b) {
        try {
            return Shapes.broadcast(a.dims(), b.dims());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    op
                            + ": the shapes of a and b must broadcast together. Received: "
                            + Arrays.toString(a.dims())
                            + " and "
                            + Arrays.toString(b.dims()),
                    e);
        }
    }

    private static int[] checkPermutation(int[] permutation, int rank) {
        if (permutation.length != rank) {
            throw new IllegalArgumentException(
                    "transpose: permutation must list each of the "
                            + rank
                            + " axes once. Received: "
                            + Arrays.toString(permutation));
        }
        int[] axes = new int[rank];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            int axis = permutation[i];
            if (axis < -rank || axis >= rank || seen[axis < 0 ? axis + rank : axis]) {
                throw new IllegalArgumentException(
                        "transpose: permutation must list each of the "
                                + rank
                                + " axes once. Received: "
                                + Arrays.toString(permutation));
            }
            axes[i] = axis < 0 ? axis + rank : axis;
            seen[axes[i]] = true;
        }
        return axes;
    }

    // ---- helpers ----

    private static Object data(CpuTensor tensor) {
        return tensor.type() == DType.FLOAT32 ? tensor.floats() : tensor.ints();
    }

    private static Object copyOf(Object data) {
        return data instanceof float[] floats ? floats.clone() : ((int[]) data).clone();
    }

    private static Tensor wrap(int[] shape, Object data) {
        return data instanceof float[] floats
                ? CpuTensor.ofFloats(shape, floats)
                : CpuTensor.ofInts(shape, (int[]) data);
    }

    private static int product(int[] shape, int from, int to) {
        int product = 1;
        for (int d = from; d < to; d++) {
            product *= shape[d];
        }
        return product;
    }

    private static int[] removeAxis(int[] shape, int axis) {
        int[] out = new int[shape.length - 1];
        System.arraycopy(shape, 0, out, 0, axis);
        System.arraycopy(shape, axis + 1, out, axis, shape.length - axis - 1);
        return out;
    }
}
