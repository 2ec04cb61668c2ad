package org.jkeras.conformance;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.UnaryOp;

/**
 * The kit's float64 reference: an immutable row-major array of doubles with a shape, and the
 * semantics of every SPI op written out plainly, so that a backend's float32 results can be checked
 * against values that carry no float32 rounding of their own.
 */
final class Ref {

    private final int[] shape;
    private final double[] data;

    private Ref(int[] shape, double[] data) {
        this.shape = shape;
        this.data = data;
    }

    /** Returns an array over a copy of {@code data}, which must fill {@code shape}. */
    static Ref of(double[] data, int... shape) {
        if (data.length != Shapes.size(shape)) {
            throw new IllegalArgumentException(
                    "data must have " + Shapes.size(shape) + " elements. Received: " + data.length);
        }
        return new Ref(shape.clone(), data.clone());
    }

    /** Returns a rank-1 array of the given values. */
    static Ref vector(double... values) {
        return of(values, values.length);
    }

    /** Returns an array of int values held as doubles, as the reference keeps int32 data. */
    static Ref ofInts(int[] data, int... shape) {
        double[] values = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            values[i] = data[i];
        }
        return of(values, shape);
    }

    /** Returns an array with every element equal to {@code value}. */
    static Ref full(double value, int... shape) {
        double[] values = new double[Shapes.size(shape)];
        Arrays.fill(values, value);
        return new Ref(shape.clone(), values);
    }

    /**
     * Returns uniform draws from {@code [low, high)}, rounded to float32 so that the backend sees
     * exactly the values the reference computes with.
     */
    static Ref uniform(SplittableRandom random, double low, double high, int... shape) {
        double[] values = new double[Shapes.size(shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (low + (high - low) * random.nextDouble());
        }
        return new Ref(shape.clone(), values);
    }

    /**
     * Returns draws whose magnitude lies in {@code [low, high)} with a random sign, rounded to
     * float32: inputs kept away from zero, where ops such as ABS and RELU have a kink.
     */
    static Ref awayFromZero(SplittableRandom random, double low, double high, int... shape) {
        double[] values = new double[Shapes.size(shape)];
        for (int i = 0; i < values.length; i++) {
            double magnitude = low + (high - low) * random.nextDouble();
            values[i] = (float) (random.nextBoolean() ? magnitude : -magnitude);
        }
        return new Ref(shape.clone(), values);
    }

    /** Reads a host array; int32 data becomes exact doubles. */
    static Ref fromHost(NDArray array) {
        float[] values = array.toFloatArray();
        if (array.dtype() == DType.INT32) {
            return ofInts(array.toIntArray(), array.shape());
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return new Ref(array.shape(), out);
    }

    /** Returns a float32 host array of these values, each rounded to float32. */
    NDArray toFloat32() {
        float[] values = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            values[i] = (float) data[i];
        }
        return NDArray.of(values, shape);
    }

    /** Returns an int32 host array of these values, which must be integers. */
    NDArray toInt32() {
        int[] values = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            values[i] = (int) data[i];
        }
        return NDArray.of(values, shape);
    }

    int[] shape() {
        return shape.clone();
    }

    int rank() {
        return shape.length;
    }

    int size() {
        return data.length;
    }

    double get(int offset) {
        return data[offset];
    }

    double[] data() {
        return data.clone();
    }

    /** Returns a copy with one element replaced. */
    Ref with(int offset, double value) {
        double[] values = data.clone();
        values[offset] = value;
        return new Ref(shape, values);
    }

    /** Returns each element rounded to float32 and widened back, as a float32 result holds it. */
    Ref roundedToFloat32() {
        return map(v -> (float) v);
    }

    Ref map(DoubleUnaryOperator function) {
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = function.applyAsDouble(data[i]);
        }
        return new Ref(shape, out);
    }

    /** Combines with {@code other} element-wise under NumPy broadcasting. */
    Ref zip(Ref other, DoubleBinaryOperator function) {
        int[] outShape = Shapes.broadcast(shape, other.shape);
        int[] mine = broadcastStrides(shape, outShape);
        int[] theirs = broadcastStrides(other.shape, outShape);
        double[] out = new double[Shapes.size(outShape)];
        int[] coords = new int[outShape.length];
        for (int i = 0; i < out.length; i++) {
            unravel(i, outShape, coords);
            out[i] =
                    function.applyAsDouble(
                            data[dot(coords, mine)], other.data[dot(coords, theirs)]);
        }
        return new Ref(outShape, out);
    }

    Ref unary(UnaryOp op) {
        return map(v -> applyUnary(op, v));
    }

    Ref binary(BinaryOp op, Ref other) {
        return zip(other, (a, b) -> applyBinary(op, a, b));
    }

    /** Picks {@code a} where this condition is non-zero and {@code b} elsewhere, broadcasting. */
    Ref where(Ref a, Ref b) {
        int[] outShape = Shapes.broadcast(Shapes.broadcast(shape, a.shape), b.shape);
        int[] conditionStrides = broadcastStrides(shape, outShape);
        int[] aStrides = broadcastStrides(a.shape, outShape);
        int[] bStrides = broadcastStrides(b.shape, outShape);
        double[] out = new double[Shapes.size(outShape)];
        int[] coords = new int[outShape.length];
        for (int i = 0; i < out.length; i++) {
            unravel(i, outShape, coords);
            out[i] =
                    data[dot(coords, conditionStrides)] != 0
                            ? a.data[dot(coords, aStrides)]
                            : b.data[dot(coords, bStrides)];
        }
        return new Ref(outShape, out);
    }

    /** Reduces over {@code axes} with the SPI's rules for empty and NaN-holding inputs. */
    Ref reduce(ReduceOp op, int[] axes, boolean keepDims) {
        int[] normalized = Shapes.normalizeAxes(axes, shape.length);
        int[] kept = Shapes.reducedShape(shape, normalized, true);
        int[] keptStrides = broadcastStrides(kept, shape);
        int outSize = Shapes.size(kept);
        double[] sums = new double[outSize];
        double[] counts = new double[outSize];
        double start =
                switch (op) {
                    case SUM, MEAN -> 0;
                    case MAX -> Double.NEGATIVE_INFINITY;
                    case MIN -> Double.POSITIVE_INFINITY;
                };
        Arrays.fill(sums, start);
        int[] coords = new int[shape.length];
        for (int i = 0; i < data.length; i++) {
            unravel(i, shape, coords);
            int target = dot(coords, keptStrides);
            double v = data[i];
            counts[target]++;
            sums[target] =
                    switch (op) {
                        case SUM, MEAN -> sums[target] + v;
                        case MAX -> Double.isNaN(v) ? v : Math.max(sums[target], v);
                        case MIN -> Double.isNaN(v) ? v : Math.min(sums[target], v);
                    };
        }
        if (op == ReduceOp.MEAN) {
            for (int i = 0; i < outSize; i++) {
                sums[i] = counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
            }
        }
        return new Ref(Shapes.reducedShape(shape, normalized, keepDims), sums);
    }

    /** Returns the index of the first largest element along {@code axis}; NaN counts largest. */
    Ref argMax(int axis) {
        int a = Shapes.normalizeAxis(axis, shape.length);
        int[] outShape = Shapes.reducedShape(shape, new int[] {a}, false);
        int[] strides = Shapes.strides(shape);
        double[] out = new double[Shapes.size(outShape)];
        int[] outCoords = new int[outShape.length];
        for (int o = 0; o < out.length; o++) {
            unravel(o, outShape, outCoords);
            int base = 0;
            for (int d = 0, j = 0; d < shape.length; d++) {
                base += d == a ? 0 : outCoords[j++] * strides[d];
            }
            int best = 0;
            double bestValue = data[base];
            for (int k = 1; k < shape[a]; k++) {
                double v = data[base + k * strides[a]];
                if (!Double.isNaN(bestValue) && (Double.isNaN(v) || v > bestValue)) {
                    best = k;
                    bestValue = v;
                }
            }
            out[o] = best;
        }
        return new Ref(outShape, out);
    }

    /** Multiplies rank-2 arrays, optionally transposed first. */
    Ref matmul(Ref other, boolean transposeA, boolean transposeB) {
        Ref a = transposeA ? transpose(1, 0) : this;
        Ref b = transposeB ? other.transpose(1, 0) : other;
        int m = a.shape[0];
        int k = a.shape[1];
        int n = b.shape[1];
        double[] out = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a.data[i * k + p] * b.data[p * n + j];
                }
                out[i * n + j] = sum;
            }
        }
        return new Ref(new int[] {m, n}, out);
    }

    Ref reshape(int... newShape) {
        return new Ref(Shapes.resolveReshape(shape, newShape), data);
    }

    /** Permutes axes: output axis {@code i} is input axis {@code permutation[i]}. */
    Ref transpose(int... permutation) {
        int[] outShape = new int[shape.length];
        int[] inStrides = Shapes.strides(shape);
        int[] permutedStrides = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            outShape[i] = shape[permutation[i]];
            permutedStrides[i] = inStrides[permutation[i]];
        }
        double[] out = new double[data.length];
        int[] coords = new int[shape.length];
        for (int i = 0; i < out.length; i++) {
            unravel(i, outShape, coords);
            out[i] = data[dot(coords, permutedStrides)];
        }
        return new Ref(outShape, out);
    }

    /** Returns the block at {@code begin} of extent {@code size}, where -1 runs to the end. */
    Ref slice(int[] begin, int[] size) {
        int[] outShape = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            outShape[i] = size[i] == -1 ? shape[i] - begin[i] : size[i];
        }
        int[] strides = Shapes.strides(shape);
        double[] out = new double[Shapes.size(outShape)];
        int[] coords = new int[shape.length];
        for (int i = 0; i < out.length; i++) {
            unravel(i, outShape, coords);
            int offset = 0;
            for (int d = 0; d < shape.length; d++) {
                offset += (coords[d] + begin[d]) * strides[d];
            }
            out[i] = data[offset];
        }
        return new Ref(outShape, out);
    }

    /** Joins arrays along {@code axis}. */
    static Ref concat(List<Ref> parts, int axis) {
        int rank = parts.get(0).shape.length;
        int a = Shapes.normalizeAxis(axis, rank);
        int[] outShape = parts.get(0).shape.clone();
        outShape[a] = 0;
        for (Ref part : parts) {
            outShape[a] += part.shape[a];
        }
        double[] out = new double[Shapes.size(outShape)];
        int[] outStrides = Shapes.strides(outShape);
        int[] coords = new int[rank];
        int shift = 0;
        for (Ref part : parts) {
            for (int i = 0; i < part.data.length; i++) {
                unravel(i, part.shape, coords);
                coords[a] += shift;
                out[dot(coords, outStrides)] = part.data[i];
            }
            shift += part.shape[a];
        }
        return new Ref(outShape, out);
    }

    /** Takes slices along {@code axis} at the given integer indices, which must be in range. */
    Ref gather(Ref indices, int axis) {
        int a = Shapes.normalizeAxis(axis, shape.length);
        int outer = Shapes.size(Arrays.copyOfRange(shape, 0, a));
        int inner = Shapes.size(Arrays.copyOfRange(shape, a + 1, shape.length));
        int[] outShape = new int[shape.length - 1 + indices.shape.length];
        System.arraycopy(shape, 0, outShape, 0, a);
        System.arraycopy(indices.shape, 0, outShape, a, indices.shape.length);
        System.arraycopy(shape, a + 1, outShape, a + indices.shape.length, shape.length - a - 1);
        double[] out = new double[Shapes.size(outShape)];
        int count = indices.data.length;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < count; j++) {
                int index = (int) indices.data[j];
                System.arraycopy(
                        data, (o * shape[a] + index) * inner, out, (o * count + j) * inner, inner);
            }
        }
        return new Ref(outShape, out);
    }

    /** Returns one-hot rows for these integer indices; an index out of range gives zeros. */
    Ref oneHot(int depth) {
        int[] outShape = Arrays.copyOf(shape, shape.length + 1);
        outShape[shape.length] = depth;
        double[] out = new double[data.length * depth];
        for (int i = 0; i < data.length; i++) {
            int index = (int) data[i];
            if (index >= 0 && index < depth) {
                out[i * depth + index] = 1;
            }
        }
        return new Ref(outShape, out);
    }

    /** Returns {@code x . kernel + bias} over the last axis; {@code bias} may be null. */
    Ref dense(Ref kernel, Ref bias) {
        int in = shape[shape.length - 1];
        Ref product = reshape(-1, in).matmul(kernel, false, false);
        if (bias != null) {
            product = product.binary(BinaryOp.ADD, bias);
        }
        int[] outShape = shape.clone();
        outShape[outShape.length - 1] = kernel.shape[1];
        return product.reshape(outShape);
    }

    Ref softmax(int axis) {
        Ref shifted = binary(BinaryOp.SUB, reduce(ReduceOp.MAX, new int[] {axis}, true));
        Ref exp = shifted.unary(UnaryOp.EXP);
        return exp.binary(BinaryOp.DIV, exp.reduce(ReduceOp.SUM, new int[] {axis}, true));
    }

    Ref logSoftmax(int axis) {
        Ref shifted = binary(BinaryOp.SUB, reduce(ReduceOp.MAX, new int[] {axis}, true));
        Ref logSum =
                shifted.unary(UnaryOp.EXP)
                        .reduce(ReduceOp.SUM, new int[] {axis}, true)
                        .unary(UnaryOp.LOG);
        return shifted.binary(BinaryOp.SUB, logSum);
    }

    /** Returns {@code -sum(labels * logSoftmax(this))} over the last axis. */
    Ref softmaxCrossEntropy(Ref labels) {
        return labels.binary(BinaryOp.MUL, logSoftmax(-1))
                .reduce(ReduceOp.SUM, new int[] {-1}, false)
                .unary(UnaryOp.NEG);
    }

    /** Returns whether every element passes {@code test}. */
    boolean all(DoublePredicate test) {
        for (double v : data) {
            if (!test.test(v)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the sum of every element, as the gradient checks' scalar objective needs. */
    double sum() {
        double total = 0;
        for (double v : data) {
            total += v;
        }
        return total;
    }

    static double applyUnary(UnaryOp op, double x) {
        return switch (op) {
            case NEG -> -x;
            case ABS -> Math.abs(x);
            case SIGN -> Math.signum(x);
            case SQUARE -> x * x;
            case SQRT -> Math.sqrt(x);
            case EXP -> Math.exp(x);
            case EXPM1 -> Math.expm1(x);
            case LOG -> Math.log(x);
            case LOG1P -> Math.log1p(x);
            case TANH -> Math.tanh(x);
            case SIGMOID -> 1 / (1 + Math.exp(-x));
            case RELU -> Double.isNaN(x) ? x : Math.max(x, 0);
            case RECIPROCAL -> 1 / x;
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case ROUND -> Math.rint(x);
        };
    }

    static double applyBinary(BinaryOp op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> Math.pow(a, b);
            case MAXIMUM -> Math.max(a, b);
            case MINIMUM -> Math.min(a, b);
        };
    }

    /** Strides that read an array of {@code shape} broadcast to {@code outShape}. */
    private static int[] broadcastStrides(int[] shape, int[] outShape) {
        int[] own = Shapes.strides(shape);
        int[] out = new int[outShape.length];
        int lead = outShape.length - shape.length;
        for (int i = 0; i < shape.length; i++) {
            out[lead + i] = shape[i] == 1 ? 0 : own[i];
        }
        return out;
    }

    private static void unravel(int offset, int[] shape, int[] coords) {
        for (int d = shape.length - 1; d >= 0; d--) {
            int extent = shape[d];
            coords[d] = extent == 0 ? 0 : offset % extent;
            offset = extent == 0 ? 0 : offset / extent;
        }
    }

    private static int dot(int[] coords, int[] strides) {
        int offset = 0;
        for (int i = 0; i < coords.length; i++) {
            offset += coords[i] * strides[i];
        }
        return offset;
    }

    @Override
    public String toString() {
        return "Ref" + Arrays.toString(shape) + Arrays.toString(data);
    }
}
