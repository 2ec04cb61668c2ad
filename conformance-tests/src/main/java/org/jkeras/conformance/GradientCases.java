package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.DType;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * Gradient checks of the engine's {@link GradientTape} on the backend under test: for each
 * differentiable op, the tape's gradient of {@code sum(op(inputs) * w)}, with fixed random weights
 * {@code w}, against central finite differences of the same function computed with the float64
 * reference. Inputs are drawn away from the kinks of the op, where a finite difference is exact to
 * about 1e-9.
 */
final class GradientCases {

    /** The finite-difference step: small against the inputs, large against float64 rounding. */
    private static final double STEP = 1e-6;

    private GradientCases() {}

    /** Builds the op on the tape from the watched inputs. */
    @FunctionalInterface
    interface TapeOp {
        Variable apply(GradientTape tape, List<Variable> inputs, Fixture f, Scope scope);
    }

    /** Computes the same op on reference inputs. */
    @FunctionalInterface
    interface RefOp {
        Ref apply(List<Ref> inputs);
    }

    /** Draws the inputs of one case. */
    @FunctionalInterface
    interface Inputs {
        List<Ref> draw(SplittableRandom random);
    }

    static void addTo(CaseList list, Fixture f) {
        for (UnaryOp op : UnaryOp.values()) {
            add(
                    list,
                    f,
                    "gradient.unary." + op,
                    "gradient.unary." + op,
                    random -> List.of(unaryInput(op, random)),
                    (tape, v, fx, s) -> tape.unary(op, v.get(0)),
                    x -> x.get(0).unary(op));
        }
        for (BinaryOp op : BinaryOp.values()) {
            addBinary(list, f, op, "same-shape", new int[] {2, 3}, new int[] {2, 3});
            addBinary(list, f, op, "broadcast-row-col", new int[] {2, 1}, new int[] {1, 3});
            addBinary(list, f, op, "broadcast-rank-mismatch", new int[] {2, 3, 2}, new int[] {2});
        }
        addWhere(list, f);
        for (ReduceOp op : ReduceOp.values()) {
            addReduce(list, f, op, "axis-1", new int[] {1}, false);
            addReduce(list, f, op, "all-axes", new int[] {0, 1, 2}, false);
            addReduce(list, f, op, "axes-0-2-keep-dims", new int[] {0, 2}, true);
        }
        addTies(list, f, ReduceOp.MAX, new double[] {1, 3, 3, 2, 0, -1, -1, -1});
        addTies(list, f, ReduceOp.MIN, new double[] {1, 0, 2, 0, 5, 5, 7, 6});
        addMatmul(list, f, false, false, "plain");
        addMatmul(list, f, true, false, "transpose-a");
        addMatmul(list, f, false, true, "transpose-b");
        addMatmul(list, f, true, true, "transpose-both");
        addShapeOps(list, f);
        addFused(list, f);
    }

    private static Ref unaryInput(UnaryOp op, SplittableRandom random) {
        int[] shape = {2, 3};
        return switch (op) {
            case LOG, SQRT -> Ref.uniform(random, 0.5, 2, shape);
            case LOG1P -> Ref.uniform(random, -0.5, 2, shape);
            case RECIPROCAL, ABS, RELU, SIGN -> Ref.awayFromZero(random, 0.2, 2, shape);
            case FLOOR, CEIL, ROUND -> awayFromHalves(random, shape);
            default -> Ref.uniform(random, -2, 2, shape);
        };
    }

    /** Returns values whose fractional part keeps 0.1 from the integers and the halves. */
    private static Ref awayFromHalves(SplittableRandom random, int[] shape) {
        Ref whole = Ref.uniform(random, -3, 3, shape).unary(UnaryOp.FLOOR);
        Ref fraction = Ref.uniform(random, 0.1, 0.4, shape);
        Ref side = Ref.uniform(random, 0, 2, shape).unary(UnaryOp.FLOOR);
        return whole.binary(BinaryOp.ADD, fraction.binary(BinaryOp.ADD, side.map(s -> s * 0.5)))
                .roundedToFloat32();
    }

    private static Ref binaryInput(
            BinaryOp op, boolean right, SplittableRandom random, int[] shape) {
        if (op == BinaryOp.POW) {
            return right ? Ref.uniform(random, -2, 2, shape) : Ref.uniform(random, 0.5, 2, shape);
        }
        if (op == BinaryOp.DIV && right) {
            return Ref.awayFromZero(random, 0.5, 2, shape);
        }
        return Ref.uniform(random, -2, 2, shape);
    }

    private static void addBinary(
            CaseList list, Fixture f, BinaryOp op, String variant, int[] left, int[] right) {
        boolean kinked = op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM;
        add(
                list,
                f,
                "gradient.binary." + op + "." + variant,
                "gradient.binary." + op,
                random -> {
                    Ref a = binaryInput(op, false, random, left);
                    Ref b = binaryInput(op, true, random, right);
                    while (kinked
                            && !a.zip(b, (x, y) -> Math.abs(x - y) >= 0.1 ? 1 : 0)
                                    .all(v -> v == 1)) {
                        b = binaryInput(op, true, random, right);
                    }
                    return List.of(a, b);
                },
                (tape, v, fx, s) -> tape.binary(op, v.get(0), v.get(1)),
                x -> x.get(0).binary(op, x.get(1)));
    }

    private static void addWhere(CaseList list, Fixture f) {
        Ref condition = Ref.of(new double[] {1, 0, 1, 0, 0, 1}, 2, 3);
        add(
                list,
                f,
                "gradient.where.broadcast",
                "gradient.where",
                random -> List.of(Ref.uniform(random, -2, 2, 2, 3), Ref.uniform(random, -2, 2, 3)),
                (tape, v, fx, s) -> tape.where(fx.floats(s, condition), v.get(0), v.get(1)),
                x -> condition.where(x.get(0), x.get(1)));
    }

    private static void addReduce(
            CaseList list, Fixture f, ReduceOp op, String variant, int[] axes, boolean keepDims) {
        add(
                list,
                f,
                "gradient.reduce." + op + "." + variant,
                "gradient.reduce." + op,
                random -> List.of(Ref.uniform(random, -2, 2, 2, 3, 4)),
                (tape, v, fx, s) -> tape.reduce(op, v.get(0), axes.clone(), keepDims),
                x -> x.get(0).reduce(op, axes, keepDims));
    }

    /**
     * Checks that MAX and MIN send the gradient to every position equal to the result, split
     * evenly: where a finite difference is one-sided, the tape's contract decides.
     */
    private static void addTies(CaseList list, Fixture f, ReduceOp op, double[] values) {
        String id = "gradient.reduce." + op + ".ties-split-evenly";
        list.add(
                id,
                "gradient.reduce." + op,
                s -> {
                    Ref x = Ref.of(values, 2, 4);
                    Ref result = x.reduce(op, new int[] {1}, true);
                    Ref ties = x.zip(result, (a, r) -> a == r ? 1 : 0);
                    Ref counts = ties.reduce(ReduceOp.SUM, new int[] {1}, true);
                    Ref weights = Ref.of(new double[] {0.5, -2}, 2);
                    Ref expected =
                            ties.binary(BinaryOp.DIV, counts)
                                    .binary(BinaryOp.MUL, weights.reshape(2, 1));
                    try (GradientTape tape = new GradientTape(f.backend())) {
                        Variable input = tape.watch(f.floats(s, x));
                        Variable reduced = tape.reduce(op, input, new int[] {1}, false);
                        Variable weighted =
                                tape.binary(
                                        BinaryOp.MUL, reduced, tape.constant(f.floats(s, weights)));
                        Tensor grad = tape.gradient(weighted, List.of(input)).get(0);
                        f.assertClose(grad, expected, Tolerance.GRADIENT);
                    }
                });
    }

    private static void addMatmul(
            CaseList list, Fixture f, boolean transposeA, boolean transposeB, String variant) {
        int[] a = transposeA ? new int[] {4, 3} : new int[] {3, 4};
        int[] b = transposeB ? new int[] {2, 4} : new int[] {4, 2};
        add(
                list,
                f,
                "gradient.matmul." + variant,
                "gradient.matmul",
                random -> List.of(Ref.uniform(random, -1, 1, a), Ref.uniform(random, -1, 1, b)),
                (tape, v, fx, s) -> tape.matmul(v.get(0), v.get(1), transposeA, transposeB),
                x -> x.get(0).matmul(x.get(1), transposeA, transposeB));
    }

    private static void addShapeOps(CaseList list, Fixture f) {
        add(
                list,
                f,
                "gradient.reshape",
                "gradient.reshape",
                random -> List.of(Ref.uniform(random, -2, 2, 2, 3, 2)),
                (tape, v, fx, s) -> tape.reshape(v.get(0), new int[] {3, -1}),
                x -> x.get(0).reshape(3, -1));
        add(
                list,
                f,
                "gradient.transpose",
                "gradient.transpose",
                random -> List.of(Ref.uniform(random, -2, 2, 2, 3, 4)),
                (tape, v, fx, s) -> tape.transpose(v.get(0), new int[] {2, 0, 1}),
                x -> x.get(0).transpose(2, 0, 1));
        int[] begin = {1, 0, 1};
        int[] size = {2, -1, 2};
        add(
                list,
                f,
                "gradient.slice",
                "gradient.slice",
                random -> List.of(Ref.uniform(random, -2, 2, 3, 2, 4)),
                (tape, v, fx, s) -> tape.slice(v.get(0), begin.clone(), size.clone()),
                x -> x.get(0).slice(begin, size));
        add(
                list,
                f,
                "gradient.concat",
                "gradient.concat",
                random ->
                        List.of(
                                Ref.uniform(random, -2, 2, 2, 1, 3),
                                Ref.uniform(random, -2, 2, 2, 2, 3),
                                Ref.uniform(random, -2, 2, 2, 1, 3)),
                (tape, v, fx, s) -> tape.concat(v, 1),
                x -> Ref.concat(x, 1));
        addGather(
                list,
                f,
                "gradient.gather.repeated-indices",
                new int[] {4, 3},
                new int[] {2, 0, 2, 2},
                new int[] {4},
                0);
        addGather(
                list,
                f,
                "gradient.gather.axis-1-rank-2-indices",
                new int[] {2, 4, 2},
                new int[] {3, 1, 1, 0, 3, 3},
                new int[] {2, 3},
                1);
    }

    private static void addGather(
            CaseList list,
            Fixture f,
            String id,
            int[] shape,
            int[] indices,
            int[] indexShape,
            int axis) {
        Ref index = Ref.ofInts(indices, indexShape);
        add(
                list,
                f,
                id,
                "gradient.gather",
                random -> List.of(Ref.uniform(random, -2, 2, shape)),
                (tape, v, fx, s) -> tape.gather(v.get(0), fx.ints(s, indices, indexShape), axis),
                x -> x.get(0).gather(index, axis));
    }

    private static void addFused(CaseList list, Fixture f) {
        add(
                list,
                f,
                "gradient.dense.with-bias",
                "gradient.dense",
                random ->
                        List.of(
                                Ref.uniform(random, -1, 1, 3, 4),
                                Ref.uniform(random, -1, 1, 4, 2),
                                Ref.uniform(random, -1, 1, 2)),
                (tape, v, fx, s) -> tape.dense(v.get(0), v.get(1), v.get(2)),
                x -> x.get(0).dense(x.get(1), x.get(2)));
        add(
                list,
                f,
                "gradient.dense.without-bias-rank-3",
                "gradient.dense",
                random ->
                        List.of(
                                Ref.uniform(random, -1, 1, 2, 2, 3),
                                Ref.uniform(random, -1, 1, 3, 2)),
                (tape, v, fx, s) -> tape.dense(v.get(0), v.get(1), null),
                x -> x.get(0).dense(x.get(1), null));
        for (int axis : new int[] {-1, 0}) {
            String variant = axis == -1 ? "last-axis" : "axis-0";
            add(
                    list,
                    f,
                    "gradient.softmax." + variant,
                    "gradient.softmax",
                    random -> List.of(Ref.uniform(random, -2, 2, 3, 4)),
                    (tape, v, fx, s) -> tape.softmax(v.get(0), axis),
                    x -> x.get(0).softmax(axis));
            add(
                    list,
                    f,
                    "gradient.logSoftmax." + variant,
                    "gradient.logSoftmax",
                    random -> List.of(Ref.uniform(random, -2, 2, 3, 4)),
                    (tape, v, fx, s) -> tape.logSoftmax(v.get(0), axis),
                    x -> x.get(0).logSoftmax(axis));
        }
        Ref labels = FusedCases.softLabels(CaseList.random("labels"), new int[] {3, 4});
        add(
                list,
                f,
                "gradient.softmaxCrossEntropy.soft-labels",
                "gradient.softmaxCrossEntropy",
                random -> List.of(Ref.uniform(random, -2, 2, 3, 4)),
                (tape, v, fx, s) -> tape.softmaxCrossEntropy(v.get(0), fx.floats(s, labels)),
                x -> x.get(0).softmaxCrossEntropy(labels));
        list.add(
                "gradient.unused-source-gets-zeros",
                "gradient.unary.EXP",
                s -> {
                    try (GradientTape tape = new GradientTape(f.backend())) {
                        Variable used = tape.watch(f.floats(s, Ref.vector(1, 2)));
                        Variable unused = tape.watch(f.floats(s, Ref.vector(3, 4, 5)));
                        Variable y = tape.unary(UnaryOp.EXP, used);
                        List<Tensor> grads = tape.gradient(y, List.of(used, unused));
                        f.assertClose(grads.get(1), Ref.full(0, 3), Tolerance.GRADIENT);
                        f.assertClose(
                                grads.get(0),
                                Ref.vector(1, 2).unary(UnaryOp.EXP),
                                Tolerance.GRADIENT);
                    }
                });
    }

    private static void add(
            CaseList list,
            Fixture f,
            String id,
            String op,
            Inputs inputs,
            TapeOp tapeOp,
            RefOp refOp) {
        list.add(
                id,
                op,
                s -> {
                    SplittableRandom random = CaseList.random(id);
                    List<Ref> x = inputs.draw(random);
                    Ref forward = refOp.apply(x);
                    Ref weights = Ref.uniform(random, -1, 1, forward.shape());
                    try (GradientTape tape = new GradientTape(f.backend())) {
                        List<Variable> watched = new ArrayList<>();
                        for (Ref input : x) {
                            watched.add(tape.watch(f.floats(s, input)));
                        }
                        Variable y = tapeOp.apply(tape, watched, f, s);
                        f.assertClose(y.value(), forward, Tolerance.ACCUMULATED);
                        Variable weighted =
                                tape.binary(BinaryOp.MUL, y, tape.constant(f.floats(s, weights)));
                        List<Tensor> grads = tape.gradient(weighted, watched);
                        assertEquals(x.size(), grads.size(), "one gradient per source");
                        for (int i = 0; i < x.size(); i++) {
                            Tensor grad = grads.get(i);
                            assertEquals(DType.FLOAT32, grad.dtype(), "dtype of gradient " + i);
                            assertArrayEquals(
                                    x.get(i).shape(), grad.shape(), "shape of gradient " + i);
                            Fixture.assertValuesClose(
                                    f.backend().toHost(grad).toFloatArray(),
                                    finiteDifference(x, i, weights, refOp),
                                    Tolerance.GRADIENT,
                                    "gradient of input " + i);
                        }
                    }
                });
    }

    /** Returns the central difference of {@code sum(op(x) * weights)} by input {@code which}. */
    static Ref finiteDifference(List<Ref> x, int which, Ref weights, RefOp op) {
        Ref input = x.get(which);
        double[] grad = new double[input.size()];
        for (int j = 0; j < grad.length; j++) {
            double value = input.get(j);
            double up = objective(replace(x, which, input.with(j, value + STEP)), weights, op);
            double down = objective(replace(x, which, input.with(j, value - STEP)), weights, op);
            grad[j] = (up - down) / (2 * STEP);
        }
        return Ref.of(grad, input.shape());
    }

    private static double objective(List<Ref> x, Ref weights, RefOp op) {
        return op.apply(x).binary(BinaryOp.MUL, weights).sum();
    }

    private static List<Ref> replace(List<Ref> x, int which, Ref value) {
        List<Ref> out = new ArrayList<>(x);
        out.set(which, value);
        return out;
    }
}
