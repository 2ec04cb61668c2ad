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
        Variable apply(GradientTape tape, List<Variable> inputs, Scope scope);
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

    static void addTo(CaseList list, Fixture fixture) {
        for (UnaryOp op : UnaryOp.values()) {
            add(
                    list,
                    fixture,
                    "gradient.unary." + op,
                    "gradient.unary." + op,
                    random -> List.of(unaryInput(op, random)),
                    (tape, x, scope) -> tape.unary(op, x.get(0)),
                    x -> x.get(0).unary(op));
        }
        for (BinaryOp op : BinaryOp.values()) {
            addBinary(list, fixture, op, "same-shape", new int[] {2, 3}, new int[] {2, 3});
            addBinary(list, fixture, op, "broadcast-row-col", new int[] {2, 1}, new int[] {1, 3});
            addBinary(
                    list,
                    fixture,
                    op,
                    "broadcast-rank-mismatch",
                    new int[] {2, 3, 2},
                    new int[] {2});
        }
        for (UnaryOp op :
                new UnaryOp[] {
                    UnaryOp.ABS,
                    UnaryOp.RELU,
                    UnaryOp.SIGN,
                    UnaryOp.FLOOR,
                    UnaryOp.CEIL,
                    UnaryOp.ROUND
                }) {
            addKinks(list, fixture, op);
        }
        addWhere(list, fixture);
        for (ReduceOp op : ReduceOp.values()) {
            addReduce(list, fixture, op, "axis-1", new int[] {1}, false);
            addReduce(list, fixture, op, "all-axes", new int[] {0, 1, 2}, false);
            addReduce(list, fixture, op, "axes-0-2-keep-dims", new int[] {0, 2}, true);
        }
        addTies(list, fixture, ReduceOp.MAX, new double[] {1, 3, 3, 2, 0, -1, -1, -1});
        addTies(list, fixture, ReduceOp.MIN, new double[] {1, 0, 2, 0, 5, 5, 7, 6});
        addMatmul(list, fixture, false, false, "plain");
        addMatmul(list, fixture, true, false, "transpose-a");
        addMatmul(list, fixture, false, true, "transpose-b");
        addMatmul(list, fixture, true, true, "transpose-both");
        addShapeOps(list, fixture);
        addFused(list, fixture);
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
        return whole.binary(
                        BinaryOp.ADD, fraction.binary(BinaryOp.ADD, side.map(half -> half * 0.5)))
                .roundedToFloat32();
    }

    /**
     * Checks the tape's stated choice where a derivative does not exist: ABS and RELU have gradient
     * 0 at 0, SIGN, FLOOR, CEIL and ROUND have gradient 0 everywhere, integers and halves included.
     */
    private static void addKinks(CaseList list, Fixture fixture, UnaryOp op) {
        String id = "gradient.unary." + op + ".at-kinks";
        list.add(
                id,
                "gradient.unary." + op,
                scope -> {
                    Ref x = Ref.vector(0, -0.0, 1, -2, 0.5, 2.5, -1.5);
                    Ref weights = Ref.uniform(CaseList.random(id), -1, 1, x.size());
                    Ref slope =
                            switch (op) {
                                case ABS -> x.map(Math::signum);
                                case RELU -> x.map(v -> v > 0 ? 1 : 0);
                                default -> Ref.full(0, x.size());
                            };
                    try (GradientTape tape = new GradientTape(fixture.backend())) {
                        Variable input = tape.watch(fixture.floats(scope, x));
                        Variable weighted =
                                tape.binary(
                                        BinaryOp.MUL,
                                        tape.unary(op, input),
                                        tape.constant(fixture.floats(scope, weights)));
                        Tensor grad = tape.gradient(weighted, List.of(input)).get(0);
                        fixture.assertClose(
                                grad, slope.binary(BinaryOp.MUL, weights), Tolerance.GRADIENT);
                    }
                });
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
            CaseList list, Fixture fixture, BinaryOp op, String variant, int[] left, int[] right) {
        boolean kinked = op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM;
        add(
                list,
                fixture,
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
                (tape, x, scope) -> tape.binary(op, x.get(0), x.get(1)),
                x -> x.get(0).binary(op, x.get(1)));
    }

    private static void addWhere(CaseList list, Fixture fixture) {
        Ref condition = Ref.of(new double[] {1, 0, 1, 0, 0, 1}, 2, 3);
        add(
                list,
                fixture,
                "gradient.where.broadcast",
                "gradient.where",
                random -> List.of(Ref.uniform(random, -2, 2, 2, 3), Ref.uniform(random, -2, 2, 3)),
                (tape, x, scope) ->
                        tape.where(fixture.floats(scope, condition), x.get(0), x.get(1)),
                x -> condition.where(x.get(0), x.get(1)));
    }

    private static void addReduce(
            CaseList list,
            Fixture fixture,
            ReduceOp op,
            String variant,
            int[] axes,
            boolean keepDims) {
        add(
                list,
                fixture,
                "gradient.reduce." + op + "." + variant,
                "gradient.reduce." + op,
                random -> List.of(Ref.uniform(random, -2, 2, 2, 3, 4)),
                (tape, x, scope) -> tape.reduce(op, x.get(0), axes.clone(), keepDims),
                x -> x.get(0).reduce(op, axes, keepDims));
    }

    /**
     * Checks that MAX and MIN send the gradient to every position equal to the result, split
     * evenly: where a finite difference is one-sided, the tape's contract decides.
     */
    private static void addTies(CaseList list, Fixture fixture, ReduceOp op, double[] values) {
        String id = "gradient.reduce." + op + ".ties-split-evenly";
        list.add(
                id,
                "gradient.reduce." + op,
                scope -> {
                    Ref x = Ref.of(values, 2, 4);
                    Ref result = x.reduce(op, new int[] {1}, true);
                    Ref ties = x.zip(result, (a, r) -> a == r ? 1 : 0);
                    Ref counts = ties.reduce(ReduceOp.SUM, new int[] {1}, true);
                    Ref weights = Ref.of(new double[] {0.5, -2}, 2);
                    Ref expected =
                            ties.binary(BinaryOp.DIV, counts)
                                    .binary(BinaryOp.MUL, weights.reshape(2, 1));
                    try (GradientTape tape = new GradientTape(fixture.backend())) {
                        Variable input = tape.watch(fixture.floats(scope, x));
                        Variable reduced = tape.reduce(op, input, new int[] {1}, false);
                        Variable weighted =
                                tape.binary(
                                        BinaryOp.MUL,
                                        reduced,
                                        tape.constant(fixture.floats(scope, weights)));
                        Tensor grad = tape.gradient(weighted, List.of(input)).get(0);
                        fixture.assertClose(grad, expected, Tolerance.GRADIENT);
                    }
                });
    }

    private static void addMatmul(
            CaseList list,
            Fixture fixture,
            boolean transposeA,
            boolean transposeB,
            String variant) {
        int[] a = transposeA ? new int[] {4, 3} : new int[] {3, 4};
        int[] b = transposeB ? new int[] {2, 4} : new int[] {4, 2};
        add(
                list,
                fixture,
                "gradient.matmul." + variant,
                "gradient.matmul",
                random -> List.of(Ref.uniform(random, -1, 1, a), Ref.uniform(random, -1, 1, b)),
                (tape, x, scope) -> tape.matmul(x.get(0), x.get(1), transposeA, transposeB),
                x -> x.get(0).matmul(x.get(1), transposeA, transposeB));
    }

    private static void addShapeOps(CaseList list, Fixture fixture) {
        add(
                list,
                fixture,
                "gradient.reshape",
                "gradient.reshape",
                random -> List.of(Ref.uniform(random, -2, 2, 2, 3, 2)),
                (tape, x, scope) -> tape.reshape(x.get(0), new int[] {3, -1}),
                x -> x.get(0).reshape(3, -1));
        add(
                list,
                fixture,
                "gradient.transpose",
                "gradient.transpose",
                random -> List.of(Ref.uniform(random, -2, 2, 2, 3, 4)),
                (tape, x, scope) -> tape.transpose(x.get(0), new int[] {2, 0, 1}),
                x -> x.get(0).transpose(2, 0, 1));
        int[] begin = {1, 0, 1};
        int[] size = {2, -1, 2};
        add(
                list,
                fixture,
                "gradient.slice",
                "gradient.slice",
                random -> List.of(Ref.uniform(random, -2, 2, 3, 2, 4)),
                (tape, x, scope) -> tape.slice(x.get(0), begin.clone(), size.clone()),
                x -> x.get(0).slice(begin, size));
        add(
                list,
                fixture,
                "gradient.concat",
                "gradient.concat",
                random ->
                        List.of(
                                Ref.uniform(random, -2, 2, 2, 1, 3),
                                Ref.uniform(random, -2, 2, 2, 2, 3),
                                Ref.uniform(random, -2, 2, 2, 1, 3)),
                (tape, x, scope) -> tape.concat(x, 1),
                x -> Ref.concat(x, 1));
        addGather(
                list,
                fixture,
                "gradient.gather.repeated-indices",
                new int[] {4, 3},
                new int[] {2, 0, 2, 2},
                new int[] {4},
                0);
        addGather(
                list,
                fixture,
                "gradient.gather.axis-1-rank-2-indices",
                new int[] {2, 4, 2},
                new int[] {3, 1, 1, 0, 3, 3},
                new int[] {2, 3},
                1);
    }

    private static void addGather(
            CaseList list,
            Fixture fixture,
            String id,
            int[] shape,
            int[] indices,
            int[] indexShape,
            int axis) {
        Ref index = Ref.ofInts(indices, indexShape);
        add(
                list,
                fixture,
                id,
                "gradient.gather",
                random -> List.of(Ref.uniform(random, -2, 2, shape)),
                (tape, x, scope) ->
                        tape.gather(x.get(0), fixture.ints(scope, indices, indexShape), axis),
                x -> x.get(0).gather(index, axis));
    }

    private static void addFused(CaseList list, Fixture fixture) {
        add(
                list,
                fixture,
                "gradient.dense.with-bias",
                "gradient.dense",
                random ->
                        List.of(
                                Ref.uniform(random, -1, 1, 3, 4),
                                Ref.uniform(random, -1, 1, 4, 2),
                                Ref.uniform(random, -1, 1, 2)),
                (tape, x, scope) -> tape.dense(x.get(0), x.get(1), x.get(2)),
                x -> x.get(0).dense(x.get(1), x.get(2)));
        add(
                list,
                fixture,
                "gradient.dense.without-bias-rank-3",
                "gradient.dense",
                random ->
                        List.of(
                                Ref.uniform(random, -1, 1, 2, 2, 3),
                                Ref.uniform(random, -1, 1, 3, 2)),
                (tape, x, scope) -> tape.dense(x.get(0), x.get(1), null),
                x -> x.get(0).dense(x.get(1), null));
        for (int axis : new int[] {-1, 0}) {
            String variant = axis == -1 ? "last-axis" : "axis-0";
            add(
                    list,
                    fixture,
                    "gradient.softmax." + variant,
                    "gradient.softmax",
                    random -> List.of(Ref.uniform(random, -2, 2, 3, 4)),
                    (tape, x, scope) -> tape.softmax(x.get(0), axis),
                    x -> x.get(0).softmax(axis));
            add(
                    list,
                    fixture,
                    "gradient.logSoftmax." + variant,
                    "gradient.logSoftmax",
                    random -> List.of(Ref.uniform(random, -2, 2, 3, 4)),
                    (tape, x, scope) -> tape.logSoftmax(x.get(0), axis),
                    x -> x.get(0).logSoftmax(axis));
        }
        Ref labels = FusedCases.softLabels(CaseList.random("labels"), new int[] {3, 4});
        add(
                list,
                fixture,
                "gradient.softmaxCrossEntropy.soft-labels",
                "gradient.softmaxCrossEntropy",
                random -> List.of(Ref.uniform(random, -2, 2, 3, 4)),
                (tape, x, scope) ->
                        tape.softmaxCrossEntropy(x.get(0), fixture.floats(scope, labels)),
                x -> x.get(0).softmaxCrossEntropy(labels));
        list.add(
                "gradient.unused-source-gets-zeros",
                "gradient.unary.EXP",
                scope -> {
                    try (GradientTape tape = new GradientTape(fixture.backend())) {
                        Variable used = tape.watch(fixture.floats(scope, Ref.vector(1, 2)));
                        Variable unused = tape.watch(fixture.floats(scope, Ref.vector(3, 4, 5)));
                        Variable y = tape.unary(UnaryOp.EXP, used);
                        List<Tensor> grads = tape.gradient(y, List.of(used, unused));
                        fixture.assertClose(grads.get(1), Ref.full(0, 3), Tolerance.GRADIENT);
                        fixture.assertClose(
                                grads.get(0),
                                Ref.vector(1, 2).unary(UnaryOp.EXP),
                                Tolerance.GRADIENT);
                    }
                });
    }

    private static void add(
            CaseList list,
            Fixture fixture,
            String id,
            String op,
            Inputs inputs,
            TapeOp tapeOp,
            RefOp refOp) {
        list.add(
                id,
                op,
                scope -> {
                    SplittableRandom random = CaseList.random(id);
                    List<Ref> x = inputs.draw(random);
                    Ref forward = refOp.apply(x);
                    Ref weights = Ref.uniform(random, -1, 1, forward.shape());
                    try (GradientTape tape = new GradientTape(fixture.backend())) {
                        List<Variable> watched = new ArrayList<>();
                        for (Ref input : x) {
                            watched.add(tape.watch(fixture.floats(scope, input)));
                        }
                        Variable y = tapeOp.apply(tape, watched, scope);
                        fixture.assertClose(y.value(), forward, Tolerance.ACCUMULATED);
                        Variable weighted =
                                tape.binary(
                                        BinaryOp.MUL,
                                        y,
                                        tape.constant(fixture.floats(scope, weights)));
                        List<Tensor> grads = tape.gradient(weighted, watched);
                        assertEquals(x.size(), grads.size(), "one gradient per source");
                        for (int i = 0; i < x.size(); i++) {
                            Tensor grad = grads.get(i);
                            assertEquals(DType.FLOAT32, grad.dtype(), "dtype of gradient " + i);
                            assertArrayEquals(
                                    x.get(i).shape(), grad.shape(), "shape of gradient " + i);
                            Fixture.assertValuesClose(
                                    fixture.backend().toHost(grad).toFloatArray(),
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
