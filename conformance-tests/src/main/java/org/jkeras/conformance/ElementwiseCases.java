package org.jkeras.conformance;

import static org.jkeras.conformance.Fixture.assertRejects;

import java.util.SplittableRandom;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/** Cases for the element-wise ops: unary, binary, compare and where. */
final class ElementwiseCases {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    /** Inputs that exercise IEEE 754 corners: NaN, infinities, signed zero, halves. */
    private static final double[] SPECIALS = {
        NAN, INF, -INF, 0.0, -0.0, 1, -1, 0.5, -0.5, 2.5, -2.5, 1e-3, 100, -100
    };

    /**
     * A shape big enough for a backend's vectorized loops, their tails and its multi-threaded
     * split; the odd extent keeps rows off any vector width.
     */
    static final int[] LARGE = {300, 347};

    private ElementwiseCases() {}

    static void addTo(CaseList list, Fixture fixture) {
        for (UnaryOp op : UnaryOp.values()) {
            addUnary(list, fixture, op);
        }
        list.add(
                "unary.NEG.int32-rejected",
                "unary.NEG",
                scope ->
                        assertRejects(
                                IllegalArgumentException.class,
                                scope,
                                () ->
                                        fixture.backend()
                                                .unary(
                                                        UnaryOp.NEG,
                                                        fixture.ints(scope, new int[] {1, 2}, 2))));
        for (BinaryOp op : BinaryOp.values()) {
            addBinary(list, fixture, op);
        }
        list.add(
                "binary.ADD.int32-rejected",
                "binary.ADD",
                scope -> {
                    Tensor a = fixture.ints(scope, new int[] {1, 2}, 2);
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> fixture.backend().binary(BinaryOp.ADD, a, a));
                });
        list.add(
                "binary.ADD.mixed-dtypes-rejected",
                "binary.ADD",
                scope -> {
                    Tensor a = fixture.floats(scope, Ref.of(new double[] {1, 2}, 2));
                    Tensor b = fixture.ints(scope, new int[] {1, 2}, 2);
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> fixture.backend().binary(BinaryOp.ADD, a, b));
                });
        for (CompareOp op : CompareOp.values()) {
            addCompare(list, fixture, op);
        }
        addWhere(list, fixture);
    }

    private static Ref unaryDomain(UnaryOp op, SplittableRandom random, int... shape) {
        return switch (op) {
            case LOG, SQRT -> Ref.uniform(random, 0.1, 4, shape);
            case LOG1P -> Ref.uniform(random, -0.9, 4, shape);
            case EXP, EXPM1 -> Ref.uniform(random, -5, 5, shape);
            case RECIPROCAL -> Ref.awayFromZero(random, 0.2, 4, shape);
            default -> Ref.uniform(random, -4, 4, shape);
        };
    }

    private static void addUnary(CaseList list, Fixture fixture, UnaryOp op) {
        Backend backend = fixture.backend();
        String name = "unary." + op;
        list.add(
                name + ".values",
                name,
                scope -> {
                    Ref x = unaryDomain(op, CaseList.random(name), 3, 4);
                    Tensor input = fixture.floats(scope, x);
                    NDArray before = backend.toHost(input);
                    fixture.assertClose(
                            scope.track(backend.unary(op, input)),
                            x.unary(op),
                            Tolerance.ELEMENTWISE);
                    fixture.assertUnchanged(input, before, "x");
                });
        list.add(
                name + ".nan-inf-and-corners",
                name,
                scope -> {
                    Ref x = Ref.vector(SPECIALS);
                    fixture.assertClose(
                            scope.track(backend.unary(op, fixture.floats(scope, x))),
                            x.unary(op),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".large",
                name,
                scope -> {
                    Ref x = unaryDomain(op, CaseList.random(name + ".large"), LARGE);
                    fixture.assertClose(
                            scope.track(backend.unary(op, fixture.floats(scope, x))),
                            x.unary(op),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".scalar",
                name,
                scope -> {
                    Ref x = Ref.of(new double[] {0.75});
                    fixture.assertClose(
                            scope.track(backend.unary(op, fixture.floats(scope, x))),
                            x.unary(op),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".size-0",
                name,
                scope -> {
                    Ref x = Ref.full(1, 2, 0, 3);
                    fixture.assertClose(
                            scope.track(backend.unary(op, fixture.floats(scope, x))),
                            x.unary(op),
                            Tolerance.ELEMENTWISE);
                });
    }

    private static Ref binaryLeft(BinaryOp op, SplittableRandom random, int... shape) {
        return op == BinaryOp.POW
                ? Ref.uniform(random, 0.5, 2, shape)
                : Ref.uniform(random, -3, 3, shape);
    }

    private static Ref binaryRight(BinaryOp op, SplittableRandom random, int... shape) {
        return switch (op) {
            case POW -> Ref.uniform(random, -2, 2, shape);
            case DIV -> Ref.awayFromZero(random, 0.5, 3, shape);
            default -> Ref.uniform(random, -3, 3, shape);
        };
    }

    private static void addBinary(CaseList list, Fixture fixture, BinaryOp op) {
        String name = "binary." + op;
        addBinaryShapes(
                list, fixture, op, name + ".same-shape", new int[] {3, 4}, new int[] {3, 4});
        addBinaryShapes(
                list, fixture, op, name + ".broadcast-scalar", new int[] {3, 4}, new int[0]);
        addBinaryShapes(
                list, fixture, op, name + ".broadcast-scalar-left", new int[0], new int[] {3, 4});
        addBinaryShapes(
                list, fixture, op, name + ".broadcast-row-col", new int[] {3, 1}, new int[] {1, 4});
        addBinaryShapes(
                list,
                fixture,
                op,
                name + ".broadcast-rank-mismatch",
                new int[] {2, 3, 4},
                new int[] {4});
        addBinaryShapes(
                list,
                fixture,
                op,
                name + ".broadcast-size-1",
                new int[] {2, 1, 4},
                new int[] {2, 3, 1});
        addBinaryShapes(list, fixture, op, name + ".size-0", new int[] {0, 4}, new int[] {1, 4});
        addBinaryShapes(list, fixture, op, name + ".both-scalars", new int[0], new int[0]);
        addBinaryShapes(list, fixture, op, name + ".large-same-shape", LARGE, LARGE);
        addBinaryShapes(
                list, fixture, op, name + ".large-broadcast-row", LARGE, new int[] {LARGE[1]});
        addBinaryShapes(
                list,
                fixture,
                op,
                name + ".large-broadcast-column",
                new int[] {LARGE[0], 1},
                LARGE);
        list.add(
                name + ".nan-inf-and-corners",
                name,
                scope -> {
                    Ref a = Ref.vector(NAN, 1, INF, -INF, INF, 0, 1, -1, 0, NAN, 2, -0.0, -2);
                    Ref b = Ref.vector(1, NAN, INF, INF, -INF, 0, 0, 0, 5, 0, INF, 3, 3);
                    fixture.assertClose(
                            scope.track(
                                    fixture.backend()
                                            .binary(
                                                    op,
                                                    fixture.floats(scope, a),
                                                    fixture.floats(scope, b))),
                            a.binary(op, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".incompatible-shapes-rejected",
                name,
                scope -> {
                    Tensor a = fixture.floats(scope, Ref.full(1, 3));
                    Tensor b = fixture.floats(scope, Ref.full(1, 4));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> fixture.backend().binary(op, a, b));
                });
    }

    private static void addBinaryShapes(
            CaseList list, Fixture fixture, BinaryOp op, String id, int[] left, int[] right) {
        list.add(
                id,
                "binary." + op,
                scope -> {
                    SplittableRandom random = CaseList.random(id);
                    Ref a = binaryLeft(op, random, left);
                    Ref b = binaryRight(op, random, right);
                    Tensor ta = fixture.floats(scope, a);
                    Tensor tb = fixture.floats(scope, b);
                    NDArray beforeA = fixture.backend().toHost(ta);
                    NDArray beforeB = fixture.backend().toHost(tb);
                    fixture.assertClose(
                            scope.track(fixture.backend().binary(op, ta, tb)),
                            a.binary(op, b),
                            Tolerance.ELEMENTWISE);
                    fixture.assertUnchanged(ta, beforeA, "a");
                    fixture.assertUnchanged(tb, beforeB, "b");
                });
    }

    static boolean holds(CompareOp op, double a, double b) {
        return switch (op) {
            case EQUAL -> a == b;
            case NOT_EQUAL -> a != b;
            case LESS -> a < b;
            case LESS_EQUAL -> a <= b;
            case GREATER -> a > b;
            case GREATER_EQUAL -> a >= b;
        };
    }

    private static Ref compareRef(CompareOp op, Ref a, Ref b) {
        return a.zip(b, (x, y) -> holds(op, x, y) ? 1 : 0);
    }

    /** Returns small integers as floats, so that equal pairs occur often. */
    private static Ref smallIntegers(SplittableRandom random, int... shape) {
        return Ref.uniform(random, -2, 3, shape).unary(UnaryOp.FLOOR);
    }

    private static void addCompare(CaseList list, Fixture fixture, CompareOp op) {
        Backend backend = fixture.backend();
        String name = "compare." + op;
        list.add(
                name + ".float32-with-ties",
                name,
                scope -> {
                    SplittableRandom random = CaseList.random(name);
                    Ref a = smallIntegers(random, 4, 5);
                    Ref b = smallIntegers(random, 4, 5);
                    Tensor ta = fixture.floats(scope, a);
                    NDArray before = backend.toHost(ta);
                    fixture.assertClose(
                            scope.track(backend.compare(op, ta, fixture.floats(scope, b))),
                            compareRef(op, a, b),
                            Tolerance.ELEMENTWISE);
                    fixture.assertUnchanged(ta, before, "a");
                });
        list.add(
                name + ".broadcast-row-col",
                name,
                scope -> {
                    SplittableRandom random = CaseList.random(name + "bc");
                    Ref a = smallIntegers(random, 3, 1);
                    Ref b = smallIntegers(random, 1, 4);
                    fixture.assertClose(
                            scope.track(
                                    backend.compare(
                                            op,
                                            fixture.floats(scope, a),
                                            fixture.floats(scope, b))),
                            compareRef(op, a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".large-broadcast-row",
                name,
                scope -> {
                    SplittableRandom random = CaseList.random(name + ".large");
                    Ref a = smallIntegers(random, LARGE);
                    Ref b = smallIntegers(random, LARGE[1]);
                    fixture.assertClose(
                            scope.track(
                                    backend.compare(
                                            op,
                                            fixture.floats(scope, a),
                                            fixture.floats(scope, b))),
                            compareRef(op, a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".nan-and-inf",
                name,
                scope -> {
                    Ref a = Ref.of(new double[] {NAN, 1, NAN, INF, -INF, INF, -0.0}, 7);
                    Ref b = Ref.of(new double[] {1, NAN, NAN, INF, INF, -INF, 0.0}, 7);
                    fixture.assertClose(
                            scope.track(
                                    backend.compare(
                                            op,
                                            fixture.floats(scope, a),
                                            fixture.floats(scope, b))),
                            compareRef(op, a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".int32-broadcast",
                name,
                scope -> {
                    int[] a = {3, -1, 7, 0, 5, 2};
                    int[] b = {3, 0, 7};
                    Ref expected = compareRef(op, Ref.ofInts(a, 2, 3), Ref.ofInts(b, 3));
                    fixture.assertClose(
                            scope.track(
                                    backend.compare(
                                            op,
                                            fixture.ints(scope, a, 2, 3),
                                            fixture.ints(scope, b, 3))),
                            expected,
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".size-0",
                name,
                scope -> {
                    Ref a = Ref.full(1, 0, 3);
                    Ref b = Ref.full(1, 3);
                    fixture.assertClose(
                            scope.track(
                                    backend.compare(
                                            op,
                                            fixture.floats(scope, a),
                                            fixture.floats(scope, b))),
                            compareRef(op, a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".mixed-dtypes-rejected",
                name,
                scope -> {
                    Tensor a = fixture.floats(scope, Ref.full(1, 2));
                    Tensor b = fixture.ints(scope, new int[] {1, 2}, 2);
                    assertRejects(
                            IllegalArgumentException.class, scope, () -> backend.compare(op, a, b));
                });
        list.add(
                name + ".incompatible-shapes-rejected",
                name,
                scope -> {
                    Tensor a = fixture.floats(scope, Ref.full(1, 3));
                    Tensor b = fixture.floats(scope, Ref.full(1, 2));
                    assertRejects(
                            IllegalArgumentException.class, scope, () -> backend.compare(op, a, b));
                });
    }

    private static void addWhere(CaseList list, Fixture fixture) {
        Backend backend = fixture.backend();
        list.add(
                "where.float32",
                "where",
                scope -> {
                    SplittableRandom random = CaseList.random("where.float32");
                    Ref condition =
                            Ref.of(new double[] {1, 0, -2, 0, 0.5, 0, 1, 1, 0, 3, 0, 0}, 3, 4);
                    Ref a = Ref.uniform(random, -3, 3, 3, 4);
                    Ref b = Ref.uniform(random, -3, 3, 3, 4);
                    Tensor tc = fixture.floats(scope, condition);
                    Tensor ta = fixture.floats(scope, a);
                    Tensor tb = fixture.floats(scope, b);
                    NDArray beforeC = backend.toHost(tc);
                    NDArray beforeA = backend.toHost(ta);
                    NDArray beforeB = backend.toHost(tb);
                    fixture.assertClose(
                            scope.track(backend.where(tc, ta, tb)),
                            condition.where(a, b),
                            Tolerance.ELEMENTWISE);
                    fixture.assertUnchanged(tc, beforeC, "condition");
                    fixture.assertUnchanged(ta, beforeA, "a");
                    fixture.assertUnchanged(tb, beforeB, "b");
                });
        list.add(
                "where.broadcast",
                "where",
                scope -> {
                    SplittableRandom random = CaseList.random("where.broadcast");
                    Ref condition = Ref.of(new double[] {1, 0, 1}, 3, 1);
                    Ref a = Ref.uniform(random, -3, 3, 1, 4);
                    Ref b = Ref.of(new double[] {7});
                    fixture.assertClose(
                            scope.track(
                                    backend.where(
                                            fixture.floats(scope, condition),
                                            fixture.floats(scope, a),
                                            fixture.floats(scope, b))),
                            condition.where(a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                "where.large",
                "where",
                scope -> {
                    SplittableRandom random = CaseList.random("where.large");
                    Ref condition = smallIntegers(random, LARGE[0], 1);
                    Ref a = Ref.uniform(random, -3, 3, LARGE);
                    Ref b = Ref.uniform(random, -3, 3, LARGE[1]);
                    fixture.assertClose(
                            scope.track(
                                    backend.where(
                                            fixture.floats(scope, condition),
                                            fixture.floats(scope, a),
                                            fixture.floats(scope, b))),
                            condition.where(a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                "where.nan-and-inf-values",
                "where",
                scope -> {
                    Ref condition = Ref.of(new double[] {1, 0, 1, 0}, 4);
                    Ref a = Ref.of(new double[] {NAN, NAN, INF, 1}, 4);
                    Ref b = Ref.of(new double[] {2, -INF, 3, NAN}, 4);
                    fixture.assertClose(
                            scope.track(
                                    backend.where(
                                            fixture.floats(scope, condition),
                                            fixture.floats(scope, a),
                                            fixture.floats(scope, b))),
                            condition.where(a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                "where.int32",
                "where",
                scope -> {
                    Ref condition = Ref.of(new double[] {1, 0, 0, 1, 1, 0}, 2, 3);
                    int[] a = {1, 2, 3, 4, 5, 6};
                    int[] b = {-1, -2, -3};
                    int[] expected = {1, -2, -3, 4, 5, -3};
                    fixture.assertInts(
                            scope.track(
                                    backend.where(
                                            fixture.floats(scope, condition),
                                            fixture.ints(scope, a, 2, 3),
                                            fixture.ints(scope, b, 3))),
                            new int[] {2, 3},
                            expected);
                });
        list.add(
                "where.size-0",
                "where",
                scope -> {
                    Ref condition = Ref.full(1, 0, 2);
                    Ref a = Ref.full(1, 0, 2);
                    Ref b = Ref.full(2, 2);
                    fixture.assertClose(
                            scope.track(
                                    backend.where(
                                            fixture.floats(scope, condition),
                                            fixture.floats(scope, a),
                                            fixture.floats(scope, b))),
                            condition.where(a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                "where.mixed-dtypes-rejected",
                "where",
                scope -> {
                    Tensor condition = fixture.floats(scope, Ref.full(1, 2));
                    Tensor a = fixture.floats(scope, Ref.full(1, 2));
                    Tensor b = fixture.ints(scope, new int[] {1, 2}, 2);
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> backend.where(condition, a, b));
                });
        list.add(
                "where.incompatible-shapes-rejected",
                "where",
                scope -> {
                    Tensor condition = fixture.floats(scope, Ref.full(1, 3));
                    Tensor a = fixture.floats(scope, Ref.full(1, 2));
                    Tensor b = fixture.floats(scope, Ref.full(1, 2));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> backend.where(condition, a, b));
                });
    }
}
