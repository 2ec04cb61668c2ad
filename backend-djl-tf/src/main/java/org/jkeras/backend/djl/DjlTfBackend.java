package org.jkeras.backend.djl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;
import org.tensorflow.internal.c_api.TFE_TensorHandle;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.internal.c_api.global.tensorflow;

/**
 * The TensorFlow backend: every op of the SPI as TensorFlow eager ops, run through DJL's bindings
 * of TensorFlow's C API.
 *
 * <p>DJL's TensorFlow engine cannot train (it has no gradients); this backend can, because the
 * jkeras engine differentiates its models itself from these ops. The fused ops use TensorFlow's own
 * kernels where their semantics are those of Keras 2.2.4: {@code MatMul} with {@code BiasAdd},
 * {@code Softmax}, {@code LogSoftmax}, {@code SoftmaxCrossEntropyWithLogits}; see {@link
 * TrainingKernels} for the optimizer updates.
 */
public final class DjlTfBackend implements Backend {

    /** The name users select this backend by. */
    public static final String NAME = "djl-tf";

    private final TfRuntime runtime;
    private final TrainingKernels training;

    /** Creates a backend over the process's TensorFlow runtime. */
    DjlTfBackend(TfRuntime runtime) {
        this.runtime = runtime;
        this.training = new TrainingKernels(this, runtime);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Describes where the ops run, such as {@code cpu (TensorFlow 2.10.1)}. */
    public String device() {
        return runtime.device();
    }

    // ---- creation and host transfer ----

    @Override
    public Tensor fromHost(NDArray array) {
        Objects.requireNonNull(array, "array");
        int[] shape = array.shape();
        TFE_TensorHandle handle =
                array.dtype() == DType.FLOAT32
                        ? HostTransfer.upload(shape, array.toFloatArray())
                        : HostTransfer.upload(shape, array.toIntArray());
        return new TfTensor(shape, array.dtype(), handle);
    }

    @Override
    public NDArray toHost(Tensor tensor) {
        TfTensor t = Arguments.open(tensor, "toHost", "tensor");
        return HostTransfer.download(t, t.handle("toHost"));
    }

    @Override
    public Tensor full(int[] shape, DType dtype, double value) {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
        int[] dims = shape.clone();
        Shapes.size(dims);
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle fill =
                    t.add(
                            dtype == DType.FLOAT32
                                    ? HostTransfer.upload(new int[0], new float[] {(float) value})
                                    : HostTransfer.upload(new int[0], new int[] {(int) value}));
            TFE_TensorHandle result = op("Fill").input(t.add(ints(dims))).input(fill).run();
            return new TfTensor(dims, dtype, result);
        }
    }

    @Override
    public Tensor scalar(double value) {
        return new TfTensor(
                new int[0],
                DType.FLOAT32,
                HostTransfer.upload(new int[0], new float[] {(float) value}));
    }

    // ---- element-wise ----

    @Override
    public Tensor unary(UnaryOp op, Tensor x) {
        Objects.requireNonNull(op, "op");
        TfTensor input = Arguments.float32(x, "unary", "x");
        TFE_TensorHandle in = input.handle("unary");
        TFE_TensorHandle result = op(unaryName(op)).input(in).run();
        return new TfTensor(input.dims().clone(), DType.FLOAT32, result);
    }

    @Override
    public Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        Objects.requireNonNull(op, "op");
        TfTensor left = Arguments.float32(a, "binary", "a");
        TfTensor right = Arguments.float32(b, "binary", "b");
        int[] shape = Arguments.broadcast("binary", left, right);
        TFE_TensorHandle x = left.handle("binary");
        TFE_TensorHandle y = right.handle("binary");
        TFE_TensorHandle result =
                op == BinaryOp.POW
                        ? NumericCorners.pow(this, x, y)
                        : op(binaryName(op)).input(x).input(y).run();
        return new TfTensor(shape, DType.FLOAT32, result);
    }

    @Override
    public Tensor compare(CompareOp op, Tensor a, Tensor b) {
        Objects.requireNonNull(op, "op");
        TfTensor left = Arguments.open(a, "compare", "a");
        TfTensor right = Arguments.open(b, "compare", "b");
        Arguments.sameType("compare", left, right);
        int[] shape = Arguments.broadcast("compare", left, right);
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle mask =
                    t.add(
                            op(compareName(op))
                                    .input(left.handle("compare"))
                                    .input(right.handle("compare"))
                                    .run());
            return new TfTensor(shape, DType.FLOAT32, castTo(mask, EagerOp.FLOAT));
        }
    }

    @Override
    public Tensor where(Tensor condition, Tensor a, Tensor b) {
        TfTensor mask = Arguments.float32(condition, "where", "condition");
        TfTensor left = Arguments.open(a, "where", "a");
        TfTensor right = Arguments.open(b, "where", "b");
        Arguments.sameType("where", left, right);
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
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle zero = t.add(floatScalar(0f));
            TFE_TensorHandle picks =
                    t.add(op("NotEqual").input(mask.handle("where")).input(zero).run());
            TFE_TensorHandle result =
                    op("SelectV2")
                            .input(picks)
                            .input(left.handle("where"))
                            .input(right.handle("where"))
                            .run();
            return new TfTensor(shape, left.dtype(), result);
        }
    }

    // ---- reductions ----

    @Override
    public Tensor reduce(ReduceOp op, Tensor x, int[] axes, boolean keepDims) {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(axes, "axes");
        TfTensor input = Arguments.float32(x, "reduce", "x");
        int[] shape = input.dims();
        int[] normalized = Shapes.normalizeAxes(axes, shape.length);
        if (normalized.length == 0) {
            return new TfTensor(shape.clone(), DType.FLOAT32, share(input.handle("reduce")));
        }
        int[] outShape = Shapes.reducedShape(shape, normalized, keepDims);
        TFE_TensorHandle in = input.handle("reduce");
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle result =
                    op(reduceName(op))
                            .input(in)
                            .input(t.add(ints(normalized)))
                            .attr("keep_dims", keepDims)
                            .run();
            return new TfTensor(outShape, DType.FLOAT32, result);
        }
    }

    @Override
    public Tensor argMax(Tensor x, int axis) {
        TfTensor input = Arguments.open(x, "argMax", "x");
        int[] shape = input.dims();
        int a = Shapes.normalizeAxis(axis, shape.length);
        int[] outShape = new int[shape.length - 1];
        System.arraycopy(shape, 0, outShape, 0, a);
        System.arraycopy(shape, a + 1, outShape, a, shape.length - a - 1);
        if (shape[a] == 0 && Shapes.size(outShape) > 0) {
            throw new IllegalArgumentException(
                    "argMax: axis "
                            + axis
                            + " must not be empty; an empty axis has no largest element."
                            + " Received shape "
                            + Arrays.toString(shape));
        }
        if (Shapes.size(outShape) == 0) {
            return new TfTensor(outShape, DType.INT32, HostTransfer.upload(outShape, new int[0]));
        }
        TFE_TensorHandle result = NumericCorners.argMax(this, input, a);
        return new TfTensor(outShape, DType.INT32, result);
    }

    // ---- linear algebra ----

    @Override
    public Tensor matmul(Tensor a, Tensor b, boolean transposeA, boolean transposeB) {
        TfTensor left = Arguments.float32(a, "matmul", "a");
        TfTensor right = Arguments.float32(b, "matmul", "b");
        Arguments.requireRank("matmul", "a", left, 2);
        Arguments.requireRank("matmul", "b", right, 2);
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
        TFE_TensorHandle result =
                op("MatMul")
                        .input(left.handle("matmul"))
                        .input(right.handle("matmul"))
                        .attr("transpose_a", transposeA)
                        .attr("transpose_b", transposeB)
                        .run();
        return new TfTensor(new int[] {m, n}, DType.FLOAT32, result);
    }

    // ---- shape ----

    @Override
    public Tensor reshape(Tensor x, int[] shape) {
        Objects.requireNonNull(shape, "shape");
        TfTensor input = Arguments.open(x, "reshape", "x");
        int[] resolved = Shapes.resolveReshape(input.dims(), shape);
        return new TfTensor(resolved, input.dtype(), reshaped(input.handle("reshape"), resolved));
    }

    @Override
    public Tensor transpose(Tensor x, int[] permutation) {
        Objects.requireNonNull(permutation, "permutation");
        TfTensor input = Arguments.open(x, "transpose", "x");
        int[] shape = input.dims();
        int[] axes = Arguments.permutation(permutation, shape.length);
        int[] outShape = new int[shape.length];
        for (int i = 0; i < axes.length; i++) {
            outShape[i] = shape[axes[i]];
        }
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle result =
                    op("Transpose").input(input.handle("transpose")).input(t.add(ints(axes))).run();
            return new TfTensor(outShape, input.dtype(), result);
        }
    }

    @Override
    public Tensor slice(Tensor x, int[] begin, int[] size) {
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(size, "size");
        TfTensor input = Arguments.open(x, "slice", "x");
        int[] extent = Arguments.sliceExtent(input.dims(), begin, size);
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle result =
                    op("Slice")
                            .input(input.handle("slice"))
                            .input(t.add(ints(begin)))
                            .input(t.add(ints(extent)))
                            .run();
            return new TfTensor(extent, input.dtype(), result);
        }
    }

    @Override
    public Tensor concat(List<Tensor> tensors, int axis) {
        Objects.requireNonNull(tensors, "tensors");
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException(
                    "concat: tensors must hold at least one tensor. Received: an empty list");
        }
        TfTensor first = Arguments.open(tensors.get(0), "concat", "tensors[0]");
        int[] shape = first.dims();
        int a = Shapes.normalizeAxis(axis, shape.length);
        List<TFE_TensorHandle> handles = new ArrayList<>(tensors.size());
        int total = 0;
        for (int i = 0; i < tensors.size(); i++) {
            TfTensor part = Arguments.open(tensors.get(i), "concat", "tensors[" + i + "]");
            Arguments.concatPart(first, part, a, i);
            handles.add(part.handle("concat"));
            total += part.dims()[a];
        }
        int[] outShape = shape.clone();
        outShape[a] = total;
        if (handles.size() == 1) {
            return new TfTensor(outShape, first.dtype(), share(handles.get(0)));
        }
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle result =
                    op("ConcatV2").inputs(handles).input(t.add(intScalar(a))).run();
            return new TfTensor(outShape, first.dtype(), result);
        }
    }

    @Override
    public Tensor gather(Tensor x, Tensor indices, int axis) {
        TfTensor input = Arguments.open(x, "gather", "x");
        TfTensor index = Arguments.int32(indices, "gather", "indices");
        int[] shape = input.dims();
        int a = Shapes.normalizeAxis(axis, shape.length);
        int[] indexShape = index.dims();
        int[] outShape = new int[shape.length - 1 + indexShape.length];
        System.arraycopy(shape, 0, outShape, 0, a);
        System.arraycopy(indexShape, 0, outShape, a, indexShape.length);
        System.arraycopy(shape, a + 1, outShape, a + indexShape.length, shape.length - a - 1);
        if (runtime.onGpu()) {
            // TensorFlow's GPU kernel gives zeros for an index out of range instead of failing.
            checkIndices(index, shape, a, axis);
        }
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle result =
                    op("GatherV2")
                            .input(input.handle("gather"))
                            .input(index.handle("gather"))
                            .input(t.add(intScalar(a)))
                            .run();
            return new TfTensor(outShape, input.dtype(), result);
        } catch (IllegalArgumentException e) {
            throw new IndexOutOfBoundsException(
                    "gather: indices must be in [0, "
                            + shape[a]
                            + ") along axis "
                            + axis
                            + " of shape "
                            + Arrays.toString(shape)
                            + ". Received: "
                            + e.getMessage());
        }
    }

    @Override
    public Tensor oneHot(Tensor indices, int depth) {
        TfTensor index = Arguments.int32(indices, "oneHot", "indices");
        if (depth < 0) {
            throw new IllegalArgumentException("oneHot: depth must be >= 0. Received: " + depth);
        }
        int[] indexShape = index.dims();
        int[] outShape = Arrays.copyOf(indexShape, indexShape.length + 1);
        outShape[indexShape.length] = depth;
        Shapes.size(outShape);
        try (Temporaries t = new Temporaries()) {
            TFE_TensorHandle result =
                    op("OneHot")
                            .input(index.handle("oneHot"))
                            .input(t.add(intScalar(depth)))
                            .input(t.add(floatScalar(1f)))
                            .input(t.add(floatScalar(0f)))
                            .run();
            return new TfTensor(outShape, DType.FLOAT32, result);
        }
    }

    @Override
    public Tensor cast(Tensor x, DType dtype) {
        Objects.requireNonNull(dtype, "dtype");
        TfTensor input = Arguments.open(x, "cast", "x");
        int[] shape = input.dims().clone();
        TFE_TensorHandle in = input.handle("cast");
        if (input.dtype() == dtype) {
            return new TfTensor(shape, dtype, share(in));
        }
        if (dtype == DType.FLOAT32) {
            return new TfTensor(shape, dtype, castTo(in, EagerOp.FLOAT));
        }
        return new TfTensor(shape, dtype, NumericCorners.castToInt(this, in));
    }

    @Override
    public void assign(Tensor target, Tensor value) {
        TfTensor to = Arguments.open(target, "assign", "target");
        TfTensor from = Arguments.open(value, "assign", "value");
        if (to.dtype() != from.dtype() || !Arrays.equals(to.dims(), from.dims())) {
            throw new IllegalArgumentException(
                    "assign: value must have the dtype and shape of target, "
                            + to.dtype()
                            + " "
                            + Arrays.toString(to.dims())
                            + ". Received: "
                            + from.dtype()
                            + " "
                            + Arrays.toString(from.dims()));
        }
        to.replace(share(from.handle("assign")));
    }

    // ---- fused ops ----

    @Override
    public Tensor dense(Tensor x, Tensor kernel, Tensor bias) {
        return FusedKernels.dense(this, x, kernel, bias);
    }

    @Override
    public Tensor softmax(Tensor x, int axis) {
        return FusedKernels.softmax(this, x, axis, false);
    }

    @Override
    public Tensor logSoftmax(Tensor x, int axis) {
        return FusedKernels.softmax(this, x, axis, true);
    }

    @Override
    public Tensor softmaxCrossEntropy(Tensor logits, Tensor labels) {
        return FusedKernels.softmaxCrossEntropy(this, logits, labels);
    }

    @Override
    public void sgdUpdate(
            Tensor param,
            Tensor grad,
            Tensor velocity,
            double lr,
            double momentum,
            boolean nesterov) {
        training.sgd(param, grad, velocity, lr, momentum, nesterov);
    }

    @Override
    public void rmspropUpdate(
            Tensor param, Tensor grad, Tensor accumulator, double lr, double rho, double epsilon) {
        training.rmsprop(param, grad, accumulator, lr, rho, epsilon);
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
        training.adam(param, grad, m, v, vHat, lrT, beta1, beta2, epsilon);
    }

    // ---- helpers for this package's kernels ----

    /** The SPI's composed softmax, for axes TensorFlow's kernel does not take. */
    Tensor composedSoftmax(Tensor x, int axis) {
        return Backend.super.softmax(x, axis);
    }

    Tensor composedLogSoftmax(Tensor x, int axis) {
        return Backend.super.logSoftmax(x, axis);
    }

    Tensor composedSoftmaxCrossEntropy(Tensor logits, Tensor labels) {
        return Backend.super.softmaxCrossEntropy(logits, labels);
    }

    void composedSgd(
            Tensor param,
            Tensor grad,
            Tensor velocity,
            double lr,
            double momentum,
            boolean nesterov) {
        Backend.super.sgdUpdate(param, grad, velocity, lr, momentum, nesterov);
    }

    void composedAdam(
            Tensor param,
            Tensor grad,
            Tensor m,
            Tensor v,
            Tensor vHat,
            double lrT,
            double beta1,
            double beta2,
            double epsilon) {
        Backend.super.adamUpdate(param, grad, m, v, vHat, lrT, beta1, beta2, epsilon);
    }

    /** Starts a raw TensorFlow op. */
    EagerOp op(String name) {
        return EagerOp.of(runtime, name);
    }

    /** Returns a second handle on the same immutable buffer. */
    static TFE_TensorHandle share(TFE_TensorHandle handle) {
        TF_Status status = tensorflow.TF_NewStatus();
        try {
            TFE_TensorHandle copy = tensorflow.TFE_TensorHandleCopySharingTensor(handle, status);
            TfStatus.check(status, "share");
            return copy;
        } finally {
            tensorflow.TF_DeleteStatus(status);
        }
    }

    static TFE_TensorHandle ints(int... values) {
        return HostTransfer.upload(new int[] {values.length}, values);
    }

    static TFE_TensorHandle intScalar(int value) {
        return HostTransfer.upload(new int[0], new int[] {value});
    }

    static TFE_TensorHandle floatScalar(float value) {
        return HostTransfer.upload(new int[0], new float[] {value});
    }

    TFE_TensorHandle reshaped(TFE_TensorHandle handle, int[] shape) {
        try (Temporaries t = new Temporaries()) {
            return op("Reshape").input(handle).input(t.add(ints(shape))).run();
        }
    }

    TFE_TensorHandle castTo(TFE_TensorHandle handle, int typeCode) {
        return op("Cast").input(handle).type("DstT", typeCode).run();
    }

    private void checkIndices(TfTensor index, int[] shape, int a, int axis) {
        int[] picks = HostTransfer.download(index, index.handle("gather")).toIntArray();
        for (int i = 0; i < picks.length; i++) {
            if (picks[i] < 0 || picks[i] >= shape[a]) {
                throw new IndexOutOfBoundsException(
                        "gather: indices must be in [0, "
                                + shape[a]
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
    }

    private static String unaryName(UnaryOp op) {
        return switch (op) {
            case NEG -> "Neg";
            case ABS -> "Abs";
            case SIGN -> "Sign";
            case SQUARE -> "Square";
            case SQRT -> "Sqrt";
            case EXP -> "Exp";
            case EXPM1 -> "Expm1";
            case LOG -> "Log";
            case LOG1P -> "Log1p";
            case TANH -> "Tanh";
            case SIGMOID -> "Sigmoid";
            case RELU -> "Relu";
            case RECIPROCAL -> "Reciprocal";
            case FLOOR -> "Floor";
            case CEIL -> "Ceil";
            case ROUND -> "Round";
        };
    }

    private static String binaryName(BinaryOp op) {
        return switch (op) {
            case ADD -> "AddV2";
            case SUB -> "Sub";
            case MUL -> "Mul";
            case DIV -> "RealDiv";
            case POW -> "Pow";
            case MAXIMUM -> "Maximum";
            case MINIMUM -> "Minimum";
        };
    }

    private static String reduceName(ReduceOp op) {
        return switch (op) {
            case SUM -> "Sum";
            case MEAN -> "Mean";
            case MAX -> "Max";
            case MIN -> "Min";
        };
    }

    private static String compareName(CompareOp op) {
        return switch (op) {
            case EQUAL -> "Equal";
            case NOT_EQUAL -> "NotEqual";
            case LESS -> "Less";
            case LESS_EQUAL -> "LessEqual";
            case GREATER -> "Greater";
            case GREATER_EQUAL -> "GreaterEqual";
        };
    }
}
