package org.jkeras.backend.nd4j;

import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.controlflow.Select;
import org.nd4j.linalg.api.ops.impl.transforms.custom.GreaterThanOrEqual;
import org.nd4j.linalg.api.ops.impl.transforms.custom.LessThanOrEqual;
import org.nd4j.linalg.api.ops.impl.transforms.custom.Max;
import org.nd4j.linalg.api.ops.impl.transforms.custom.Min;
import org.nd4j.linalg.api.ops.impl.transforms.custom.Pow;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.AddOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.DivOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.SubOp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Rint;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The element-wise ops: unary functions, broadcasting arithmetic, comparisons and where. */
final class ElementwiseOps {

    private ElementwiseOps() {}

    static Tensor unary(UnaryOp op, Tensor xt) {
        if (op == null) {
            throw new IllegalArgumentException("op must not be null. Received: null");
        }
        Nd4jTensor x = Arrays4j.float32(xt, "x");
        int[] shape = x.shapeView();
        if (Shapes.size(shape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.FLOAT32, shape), DType.FLOAT32, shape);
        }
        INDArray in = x.array();
        INDArray out =
                switch (op) {
                    case NEG -> Arrays4j.copyOf(in).negi();
                    case ABS -> Transforms.abs(Arrays4j.copyOf(in), false);
                    case SIGN ->
                            HostMath.hasNaN(in)
                                    ? HostMath.sign(in, shape)
                                    : Transforms.sign(Arrays4j.copyOf(in), false);
                    case SQUARE -> Arrays4j.copyOf(in).muli(in);
                    case SQRT -> Transforms.sqrt(Arrays4j.copyOf(in), false);
                    case EXP -> Transforms.exp(Arrays4j.copyOf(in), false);
                    case EXPM1 -> Transforms.expm1(Arrays4j.copyOf(in), false);
                    case LOG -> Transforms.log(Arrays4j.copyOf(in), false);
                    case LOG1P -> Transforms.log1p(Arrays4j.copyOf(in), false);
                    case TANH -> Transforms.tanh(Arrays4j.copyOf(in), false);
                    case SIGMOID -> Transforms.sigmoid(Arrays4j.copyOf(in), false);
                    case RELU -> Transforms.relu(Arrays4j.copyOf(in), false);
                    case RECIPROCAL -> Arrays4j.copyOf(in).rdivi(1f);
                    case FLOOR -> Transforms.floor(Arrays4j.copyOf(in), false);
                    case CEIL -> Transforms.ceil(Arrays4j.copyOf(in), false);
                    // libnd4j's round goes half away from zero; rint ties to even as the SPI says.
                    case ROUND -> Nd4j.exec(new Rint(in, Arrays4j.take(DataType.FLOAT, shape)));
                };
        return Arrays4j.wrap(out, DType.FLOAT32, shape);
    }

    static Tensor binary(BinaryOp op, Tensor at, Tensor bt) {
        if (op == null) {
            throw new IllegalArgumentException("op must not be null. Received: null");
        }
        Nd4jTensor a = Arrays4j.float32(at, "a");
        Nd4jTensor b = Arrays4j.float32(bt, "b");
        int[] shape = Shapes.broadcast(a.shapeView(), b.shapeView());
        if (Shapes.size(shape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.FLOAT32, shape), DType.FLOAT32, shape);
        }
        return Arrays4j.wrap(compute(op, a, b, shape), DType.FLOAT32, shape);
    }

    private static INDArray compute(BinaryOp op, Nd4jTensor a, Nd4jTensor b, int[] shape) {
        INDArray x = a.array();
        INDArray y = b.array();
        switch (op) {
            case POW:
                if (HostMath.hasNonFinite(y)) {
                    return onHost(op, a, b, shape);
                }
                return pow(a, b, shape);
            case MAXIMUM:
            case MINIMUM:
                if (HostMath.hasNaN(x) || HostMath.hasNaN(y)) {
                    return onHost(op, a, b, shape);
                }
                INDArray z = Arrays4j.take(DataType.FLOAT, shape);
                Nd4j.exec(op == BinaryOp.MAXIMUM ? new Max(x, y, z) : new Min(x, y, z));
                return z;
            default:
                return arithmetic(op, a, b, shape);
        }
    }

    /**
     * ADD, SUB, MUL and DIV: a side holding one element becomes a scalar op, which libnd4j runs
     * without the setup of a broadcasting custom op; the rest broadcast into a fresh output.
     */
    private static INDArray arithmetic(BinaryOp op, Nd4jTensor a, Nd4jTensor b, int[] shape) {
        INDArray x = a.array();
        INDArray y = b.array();
        if (y.length() == 1 && Arrays.equals(a.shapeView(), shape)) {
            float value = y.getFloat(0);
            INDArray out = Arrays4j.copyOf(x);
            return switch (op) {
                case ADD -> out.addi(value);
                case SUB -> out.subi(value);
                case MUL -> out.muli(value);
                default -> out.divi(value);
            };
        }
        if (x.length() == 1 && Arrays.equals(b.shapeView(), shape)) {
            float value = x.getFloat(0);
            INDArray out = Arrays4j.copyOf(y);
            return switch (op) {
                case ADD -> out.addi(value);
                case SUB -> out.rsubi(value);
                case MUL -> out.muli(value);
                default -> out.rdivi(value);
            };
        }
        if (shape.length == 2 && Arrays.equals(a.shapeView(), shape)) {
            INDArray vector = vectorOp(op, x, b.shapeView(), y, shape);
            if (vector != null) {
                return vector;
            }
        }
        INDArray out = Arrays4j.take(DataType.FLOAT, shape);
        Nd4j.exec(arithmetic(op, x, y, out));
        return out;
    }

    /**
     * A matrix with a row ({@code [n]} or {@code [1, n]}) or a column ({@code [m, 1]}): libnd4j's
     * row and column broadcasts, the ops behind a bias or a per-row scale, cost far less than a
     * general broadcasting op on small matrices. Returns null for any other pair of shapes.
     */
    private static INDArray vectorOp(BinaryOp op, INDArray x, int[] ys, INDArray y, int[] shape) {
        boolean row =
                (ys.length == 1 && ys[0] == shape[1])
                        || (ys.length == 2 && ys[0] == 1 && ys[1] == shape[1]);
        boolean column = ys.length == 2 && ys[0] == shape[0] && ys[1] == 1;
        if (row == column) {
            return null;
        }
        INDArray vector = row ? y.reshape('c', 1, shape[1]) : y;
        INDArray out = Arrays4j.copyOf(x);
        if (row) {
            switch (op) {
                case ADD -> out.addiRowVector(vector);
                case SUB -> out.subiRowVector(vector);
                case MUL -> out.muliRowVector(vector);
                default -> out.diviRowVector(vector);
            }
        } else {
            switch (op) {
                case ADD -> out.addiColumnVector(vector);
                case SUB -> out.subiColumnVector(vector);
                case MUL -> out.muliColumnVector(vector);
                default -> out.diviColumnVector(vector);
            }
        }
        return out;
    }

    private static DynamicCustomOp arithmetic(BinaryOp op, INDArray x, INDArray y, INDArray z) {
        return switch (op) {
            case ADD -> new AddOp(x, y, z);
            case SUB -> new SubOp(x, y, z);
            case MUL -> new MulOp(x, y, z);
            case DIV -> new DivOp(x, y, z);
            default ->
                    throw new IllegalArgumentException(
                            "op must be ADD, SUB, MUL or DIV. Received: " + op);
        };
    }

    private static INDArray pow(Nd4jTensor a, Nd4jTensor b, int[] shape) {
        if (Arrays.equals(a.shapeView(), shape) && Arrays.equals(b.shapeView(), shape)) {
            return Nd4j.exec(new Pow(a.array(), b.array()))[0];
        }
        INDArray xb = Arrays4j.broadcastTo(a.array(), a.shapeView(), shape);
        INDArray yb = Arrays4j.broadcastTo(b.array(), b.shapeView(), shape);
        try {
            return Nd4j.exec(new Pow(xb, yb))[0];
        } finally {
            xb.close();
            yb.close();
        }
    }

    private static INDArray onHost(BinaryOp op, Nd4jTensor a, Nd4jTensor b, int[] shape) {
        INDArray xb = Arrays4j.broadcastTo(a.array(), a.shapeView(), shape);
        INDArray yb = Arrays4j.broadcastTo(b.array(), b.shapeView(), shape);
        try {
            return HostMath.binary(op, xb, yb, shape);
        } finally {
            xb.close();
            yb.close();
        }
    }

    static Tensor compare(CompareOp op, Tensor at, Tensor bt) {
        if (op == null) {
            throw new IllegalArgumentException("op must not be null. Received: null");
        }
        Nd4jTensor a = Arrays4j.of(at, "a");
        Nd4jTensor b = Arrays4j.of(bt, "b");
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(
                    "a and b must have one type. Received: " + a.dtype() + " and " + b.dtype());
        }
        int[] shape = Shapes.broadcast(a.shapeView(), b.shapeView());
        if (Shapes.size(shape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.FLOAT32, shape), DType.FLOAT32, shape);
        }
        INDArray mask;
        if (b.dtype() == DType.FLOAT32
                && b.array().length() == 1
                && Arrays.equals(a.shapeView(), shape)) {
            mask = compareWithScalar(op, a.array(), b.array().getFloat(0));
        } else {
            boolean same =
                    Arrays.equals(a.shapeView(), shape) && Arrays.equals(b.shapeView(), shape);
            INDArray x = same ? a.array() : Arrays4j.broadcastTo(a.array(), a.shapeView(), shape);
            INDArray y = same ? b.array() : Arrays4j.broadcastTo(b.array(), b.shapeView(), shape);
            mask = compareArrays(op, x, y);
            if (!same) {
                x.close();
                y.close();
            }
        }
        INDArray out = Arrays4j.take(DataType.FLOAT, shape);
        out.assign(mask);
        mask.close();
        return Arrays4j.wrap(out, DType.FLOAT32, shape);
    }

    private static INDArray compareArrays(CompareOp op, INDArray x, INDArray y) {
        return switch (op) {
            case EQUAL -> x.eq(y);
            case NOT_EQUAL -> x.neq(y);
            case LESS -> x.lt(y);
            case LESS_EQUAL -> boolOp(new LessThanOrEqual(x, y, bools(x)));
            case GREATER -> x.gt(y);
            case GREATER_EQUAL -> boolOp(new GreaterThanOrEqual(x, y, bools(x)));
        };
    }

    private static INDArray compareWithScalar(CompareOp op, INDArray x, float value) {
        return switch (op) {
            case EQUAL -> x.eq(value);
            case NOT_EQUAL -> x.neq(value);
            case LESS -> x.lt(value);
            case LESS_EQUAL -> x.lte(value);
            case GREATER -> x.gt(value);
            case GREATER_EQUAL -> x.gte(value);
        };
    }

    private static INDArray bools(INDArray like) {
        return Nd4j.createUninitialized(DataType.BOOL, like.shape());
    }

    private static INDArray boolOp(DynamicCustomOp op) {
        return Nd4j.exec(op)[0];
    }

    static Tensor where(Tensor conditionT, Tensor at, Tensor bt) {
        Nd4jTensor condition = Arrays4j.float32(conditionT, "condition");
        Nd4jTensor a = Arrays4j.of(at, "a");
        Nd4jTensor b = Arrays4j.of(bt, "b");
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(
                    "a and b must have one type. Received: " + a.dtype() + " and " + b.dtype());
        }
        int[] shape =
                Shapes.broadcast(
                        condition.shapeView(), Shapes.broadcast(a.shapeView(), b.shapeView()));
        if (Shapes.size(shape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(a.dtype(), shape), a.dtype(), shape);
        }
        INDArray c = Arrays4j.broadcastTo(condition.array(), condition.shapeView(), shape);
        INDArray x = Arrays4j.broadcastTo(a.array(), a.shapeView(), shape);
        INDArray y = Arrays4j.broadcastTo(b.array(), b.shapeView(), shape);
        INDArray mask = c.neq(0f);
        try {
            INDArray out = Arrays4j.take(x.dataType(), shape);
            Nd4j.exec(new Select(new INDArray[] {mask, x, y}, new INDArray[] {out}));
            return Arrays4j.wrap(out, a.dtype(), shape);
        } finally {
            c.close();
            x.close();
            y.close();
            mask.close();
        }
    }
}
