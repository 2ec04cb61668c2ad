package org.jkeras.backend.nd4j;

import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.controlflow.Select;
import org.nd4j.linalg.api.ops.impl.transforms.bool.MatchConditionTransform;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.conditions.Conditions;

/** The ops that accumulate: reductions, argMax and matmul. */
final class ReduceOps {

    private ReduceOps() {}

    static Tensor reduce(ReduceOp op, Tensor xt, int[] axes, boolean keepDims) {
        if (op == null || axes == null) {
            throw new IllegalArgumentException(
                    "op and axes must not be null. Received: " + op + ", " + axes);
        }
        Nd4jTensor x = Arrays4j.float32(xt, "x");
        int[] shape = x.shapeView();
        int[] sorted = Shapes.normalizeAxes(axes, shape.length);
        int[] outShape = Shapes.reducedShape(shape, sorted, keepDims);
        if (sorted.length == 0) {
            return Arrays4j.wrap(x.array().dup('c'), DType.FLOAT32, shape);
        }
        if (Shapes.size(outShape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.FLOAT32, outShape), DType.FLOAT32, outShape);
        }
        if (Shapes.size(shape) == 0) {
            INDArray empty = Nd4j.valueArrayOf(Arrays4j.longs(outShape), identity(op));
            return Arrays4j.wrap(empty, DType.FLOAT32, outShape);
        }
        INDArray in = x.array();
        INDArray out =
                switch (op) {
                    case SUM -> in.sum(keepDims, sorted);
                    case MEAN -> in.mean(keepDims, sorted);
                    case MAX -> in.max(keepDims, sorted);
                    case MIN -> in.min(keepDims, sorted);
                };
        if ((op == ReduceOp.MAX || op == ReduceOp.MIN) && HostMath.hasNaN(in)) {
            out = propagateNaN(in, out, sorted, keepDims);
        }
        return Arrays4j.wrap(out, DType.FLOAT32, outShape);
    }

    private static float identity(ReduceOp op) {
        return switch (op) {
            case SUM -> 0f;
            case MEAN -> Float.NaN;
            case MAX -> Float.NEGATIVE_INFINITY;
            case MIN -> Float.POSITIVE_INFINITY;
        };
    }

    /** libnd4j's max and min skip NaN; the SPI wants NaN wherever one was reduced. */
    private static INDArray propagateNaN(
            INDArray in, INDArray reduced, int[] axes, boolean keepDims) {
        INDArray isNaN = Nd4j.exec(new MatchConditionTransform(in, Conditions.isNan()));
        INDArray counts = isNaN.castTo(DataType.FLOAT);
        INDArray perSlot = counts.sum(keepDims, axes);
        INDArray mask = perSlot.gt(0f);
        INDArray nan = Nd4j.valueArrayOf(reduced.shape(), Float.NaN);
        INDArray out = reduced.ulike();
        Nd4j.exec(new Select(new INDArray[] {mask, nan, reduced}, new INDArray[] {out}));
        for (INDArray temporary : new INDArray[] {isNaN, counts, perSlot, mask, nan, reduced}) {
            temporary.close();
        }
        return out;
    }

    static Tensor argMax(Tensor xt, int axis) {
        Nd4jTensor x = Arrays4j.float32(xt, "x");
        int[] shape = x.shapeView();
        int a = Shapes.normalizeAxis(axis, shape.length);
        int[] outShape = Shapes.reducedShape(shape, new int[] {a}, false);
        if (Shapes.size(outShape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.INT32, outShape), DType.INT32, outShape);
        }
        if (shape[a] == 0) {
            throw new IllegalArgumentException(
                    "x must not be empty along axis "
                            + axis
                            + ". Received shape: "
                            + java.util.Arrays.toString(shape));
        }
        INDArray in = x.array();
        if (HostMath.hasNaN(in)) {
            return new Nd4jTensor(HostMath.argMax(in, shape, a), DType.INT32, outShape);
        }
        INDArray indices = Nd4j.argMax(in, a);
        INDArray out = indices.castTo(DataType.INT32);
        indices.close();
        return Arrays4j.wrap(out, DType.INT32, outShape);
    }

    static Tensor matmul(Tensor at, Tensor bt, boolean transposeA, boolean transposeB) {
        Nd4jTensor a = Arrays4j.float32(at, "a");
        Nd4jTensor b = Arrays4j.float32(bt, "b");
        int[] as = a.shapeView();
        int[] bs = b.shapeView();
        if (as.length != 2 || bs.length != 2) {
            throw new IllegalArgumentException(
                    "a and b must be rank 2. Received shapes: "
                            + java.util.Arrays.toString(as)
                            + " and "
                            + java.util.Arrays.toString(bs));
        }
        int m = transposeA ? as[1] : as[0];
        int k = transposeA ? as[0] : as[1];
        int kb = transposeB ? bs[1] : bs[0];
        int n = transposeB ? bs[0] : bs[1];
        if (k != kb) {
            throw new IllegalArgumentException(
                    "inner dimensions of a and b must match. Received: "
                            + k
                            + " and "
                            + kb
                            + " (shapes "
                            + java.util.Arrays.toString(as)
                            + ", "
                            + java.util.Arrays.toString(bs)
                            + ")");
        }
        int[] outShape = {m, n};
        if (m == 0 || n == 0 || k == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.FLOAT32, outShape), DType.FLOAT32, outShape);
        }
        // GEMM into a fresh output: ND4J's allocating mmul is markedly slower here.
        INDArray out = Arrays4j.take(DataType.FLOAT, outShape);
        Nd4j.gemm(a.array(), b.array(), out, transposeA, transposeB, 1.0, 0.0);
        return new Nd4jTensor(out, DType.FLOAT32, outShape);
    }
}
