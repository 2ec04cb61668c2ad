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

    static void addTo(CaseList list, Fixture f) {
        for (UnaryOp op : UnaryOp.values()) {
            addUnary(list, f, op);
        }
        list.add(
                "unary.NEG.int32-rejected",
                "unary.NEG",
                s ->
                        assertRejects(
                                IllegalArgumentException.class,
                                s,
                                () ->
                                        f.backend()
                                                .unary(
                                                        UnaryOp.NEG,
                                                        f.ints(s, new int[] {1, 2}, 2))));
        for (BinaryOp op : BinaryOp.values()) {
            addBinary(list, f, op);
        }
        list.add(
                "binary.ADD.int32-rejected",
                "binary.ADD",
                s -> {
                    Tensor a = f.ints(s, new int[] {1, 2}, 2);
                    assertRejects(
                            IllegalArgumentException.class,
                            s,
                            () -> f.backend().binary(BinaryOp.ADD, a, a));
                });
        list.add(
                "binary.ADD.mixed-dtypes-rejected",
                "binary.ADD",
                s -> {
                    Tensor a = f.floats(s, Ref.of(new double[] {1, 2}, 2));
                    Tensor b = f.ints(s, new int[] {1, 2}, 2);
                    assertRejects(
                            IllegalArgumentException.class,
                            s,
                            () -> f.backend().binary(BinaryOp.ADD, a, b));
                });
        for (CompareOp op : CompareOp.values()) {
            addCompare(list, f, op);
        }
        addWhere(list, f);
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

    private static void addUnary(CaseList list, Fixture f, UnaryOp op) {
        Backend backend = f.backend();
        String name = "unary." + op;
        list.add(
                name + ".values",
                name,
                s -> {
                    Ref x = unaryDomain(op, CaseList.random(name), 3, 4);
                    Tensor input = f.floats(s, x);
                    NDArray before = backend.toHost(input);
                    f.assertClose(s.track(backend.unary(op, input)), x.unary(op), tolerance());
                    f.assertUnchanged(input, before, "x");
                });
        list.add(
                name + ".nan-inf-and-corners",
                name,
                s -> {
                    Ref x = Ref.vector(SPECIALS);
                    f.assertClose(
                            s.track(backend.unary(op, f.floats(s, x))), x.unary(op), tolerance());
                });
        list.add(
                name + ".large",
                name,
                s -> {
                    Ref x = unaryDomain(op, CaseList.random(name + ".large"), LARGE);
                    f.assertClose(
                            s.track(backend.unary(op, f.floats(s, x))), x.unary(op), tolerance());
                });
        list.add(
                name + ".scalar",
                name,
                s -> {
                    Ref x = Ref.of(new double[] {0.75});
                    f.assertClose(
                            s.track(backend.unary(op, f.floats(s, x))), x.unary(op), tolerance());
                });
        list.add(
                name + ".size-0",
                name,
                s -> {
                    Ref x = Ref.full(1, 2, 0, 3);
                    f.assertClose(
                            s.track(backend.unary(op, f.floats(s, x))), x.unary(op), tolerance());
                });
    }

    private static Tolerance tolerance() {
        return Tolerance.ELEMENTWISE;
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

    private static void addBinary(CaseList list, Fixture f, BinaryOp op) {
        String name = "binary." + op;
        addBinaryShapes(list, f, op, name + ".same-shape", new int[] {3, 4}, new int[] {3, 4});
        addBinaryShapes(list, f, op, name + ".broadcast-scalar", new int[] {3, 4}, new int[0]);
        addBinaryShapes(list, f, op, name + ".broadcast-scalar-left", new int[0], new int[] {3, 4});
        addBinaryShapes(
                list, f, op, name + ".broadcast-row-col", new int[] {3, 1}, new int[] {1, 4});
        addBinaryShapes(
                list, f, op, name + ".broadcast-rank-mismatch", new int[] {2, 3, 4}, new int[] {4});
        addBinaryShapes(
                list, f, op, name + ".broadcast-size-1", new int[] {2, 1, 4}, new int[] {2, 3, 1});
        addBinaryShapes(list, f, op, name + ".size-0", new int[] {0, 4}, new int[] {1, 4});
        addBinaryShapes(list, f, op, name + ".both-scalars", new int[0], new int[0]);
        addBinaryShapes(list, f, op, name + ".large-same-shape", LARGE, LARGE);
        addBinaryShapes(list, f, op, name + ".large-broadcast-row", LARGE, new int[] {LARGE[1]});
        addBinaryShapes(
                list, f, op, name + ".large-broadcast-column", new int[] {LARGE[0], 1}, LARGE);
        list.add(
                name + ".nan-inf-and-corners",
                name,
                s -> {
                    Ref a = Ref.vector(NAN, 1, INF, -INF, INF, 0, 1, -1, 0, NAN, 2, -0.0, -2);
                    Ref b = Ref.vector(1, NAN, INF, INF, -INF, 0, 0, 0, 5, 0, INF, 3, 3);
                    f.assertClose(
                            s.track(f.backend().binary(op, f.floats(s, a), f.floats(s, b))),
                            a.binary(op, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".incompatible-shapes-rejected",
                name,
                s -> {
                    Tensor a = f.floats(s, Ref.full(1, 3));
                    Tensor b = f.floats(s, Ref.full(1, 4));
                    assertRejects(
                            IllegalArgumentException.class, s, () -> f.backend().binary(op, a, b));
                });
    }

    private static void addBinaryShapes(
            CaseList list, Fixture f, BinaryOp op, String id, int[] left, int[] right) {
        list.add(
                id,
                "binary." + op,
                s -> {
                    SplittableRandom random = CaseList.random(id);
                    Ref a = binaryLeft(op, random, left);
                    Ref b = binaryRight(op, random, right);
                    Tensor ta = f.floats(s, a);
                    Tensor tb = f.floats(s, b);
                    NDArray beforeA = f.backend().toHost(ta);
                    NDArray beforeB = f.backend().toHost(tb);
                    f.assertClose(
                            s.track(f.backend().binary(op, ta, tb)),
                            a.binary(op, b),
                            Tolerance.ELEMENTWISE);
                    f.assertUnchanged(ta, beforeA, "a");
                    f.assertUnchanged(tb, beforeB, "b");
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

    private static void addCompare(CaseList list, Fixture f, CompareOp op) {
        Backend backend = f.backend();
        String name = "compare." + op;
        list.add(
                name + ".float32-with-ties",
                name,
                s -> {
                    SplittableRandom random = CaseList.random(name);
                    Ref a = smallIntegers(random, 4, 5);
                    Ref b = smallIntegers(random, 4, 5);
                    Tensor ta = f.floats(s, a);
                    NDArray before = backend.toHost(ta);
                    f.assertClose(
                            s.track(backend.compare(op, ta, f.floats(s, b))),
                            compareRef(op, a, b),
                            Tolerance.ELEMENTWISE);
                    f.assertUnchanged(ta, before, "a");
                });
        list.add(
                name + ".broadcast-row-col",
                name,
                s -> {
                    SplittableRandom random = CaseList.random(name + "bc");
                    Ref a = smallIntegers(random, 3, 1);
                    Ref b = smallIntegers(random, 1, 4);
                    f.assertClose(
                            s.track(backend.compare(op, f.floats(s, a), f.floats(s, b))),
                            compareRef(op, a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".large-broadcast-row",
                name,
                s -> {
                    SplittableRandom random = CaseList.random(name + ".large");
                    Ref a = smallIntegers(random, LARGE);
                    Ref b = smallIntegers(random, LARGE[1]);
                    f.assertClose(
                            s.track(backend.compare(op, f.floats(s, a), f.floats(s, b))),
                            compareRef(op, a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".nan-and-inf",
                name,
                s -> {
                    Ref a = Ref.of(new double[] {NAN, 1, NAN, INF, -INF, INF, -0.0}, 7);
                    Ref b = Ref.of(new double[] {1, NAN, NAN, INF, INF, -INF, 0.0}, 7);
                    f.assertClose(
                            s.track(backend.compare(op, f.floats(s, a), f.floats(s, b))),
                            compareRef(op, a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".int32-broadcast",
                name,
                s -> {
                    int[] a = {3, -1, 7, 0, 5, 2};
                    int[] b = {3, 0, 7};
                    Ref expected = compareRef(op, Ref.ofInts(a, 2, 3), Ref.ofInts(b, 3));
                    f.assertClose(
                            s.track(backend.compare(op, f.ints(s, a, 2, 3), f.ints(s, b, 3))),
                            expected,
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".size-0",
                name,
                s -> {
                    Ref a = Ref.full(1, 0, 3);
                    Ref b = Ref.full(1, 3);
                    f.assertClose(
                            s.track(backend.compare(op, f.floats(s, a), f.floats(s, b))),
                            compareRef(op, a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                name + ".mixed-dtypes-rejected",
                name,
                s -> {
                    Tensor a = f.floats(s, Ref.full(1, 2));
                    Tensor b = f.ints(s, new int[] {1, 2}, 2);
                    assertRejects(
                            IllegalArgumentException.class, s, () -> backend.compare(op, a, b));
                });
        list.add(
                name + ".incompatible-shapes-rejected",
                name,
                s -> {
                    Tensor a = f.floats(s, Ref.full(1, 3));
                    Tensor b = f.floats(s, Ref.full(1, 2));
                    assertRejects(
                            IllegalArgumentException.class, s, () -> backend.compare(op, a, b));
                });
    }

    private static void addWhere(CaseList list, Fixture f) {
        Backend backend = f.backend();
        list.add(
                "where.float32",
                "where",
                s -> {
                    SplittableRandom random = CaseList.random("where.float32");
                    Ref condition =
                            Ref.of(new double[] {1, 0, -2, 0, 0.5, 0, 1, 1, 0, 3, 0, 0}, 3, 4);
                    Ref a = Ref.uniform(random, -3, 3, 3, 4);
                    Ref b = Ref.uniform(random, -3, 3, 3, 4);
                    Tensor tc = f.floats(s, condition);
                    Tensor ta = f.floats(s, a);
                    Tensor tb = f.floats(s, b);
                    NDArray beforeC = backend.toHost(tc);
                    NDArray beforeA = backend.toHost(ta);
                    NDArray beforeB = backend.toHost(tb);
                    f.assertClose(
                            s.track(backend.where(tc, ta, tb)),
                            condition.where(a, b),
                            Tolerance.ELEMENTWISE);
                    f.assertUnchanged(tc, beforeC, "condition");
                    f.assertUnchanged(ta, beforeA, "a");
                    f.assertUnchanged(tb, beforeB, "b");
                });
        list.add(
                "where.broadcast",
                "where",
                s -> {
                    SplittableRandom random = CaseList.random("where.broadcast");
                    Ref condition = Ref.of(new double[] {1, 0, 1}, 3, 1);
                    Ref a = Ref.uniform(random, -3, 3, 1, 4);
                    Ref b = Ref.of(new double[] {7});
                    f.assertClose(
                            s.track(
                                    backend.where(
                                            f.floats(s, condition),
                                            f.floats(s, a),
                                            f.floats(s, b))),
                            condition.where(a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                "where.large",
                "where",
                s -> {
                    SplittableRandom random = CaseList.random("where.large");
                    Ref condition = smallIntegers(random, LARGE[0], 1);
                    Ref a = Ref.uniform(random, -3, 3, LARGE);
                    Ref b = Ref.uniform(random, -3, 3, LARGE[1]);
                    f.assertClose(
                            s.track(
                                    backend.where(
                                            f.floats(s, condition),
                                            f.floats(s, a),
                                            f.floats(s, b))),
                            condition.where(a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                "where.nan-and-inf-values",
                "where",
                s -> {
                    Ref condition = Ref.of(new double[] {1, 0, 1, 0}, 4);
                    Ref a = Ref.of(new double[] {NAN, NAN, INF, 1}, 4);
                    Ref b = Ref.of(new double[] {2, -INF, 3, NAN}, 4);
                    f.assertClose(
                            s.track(
                                    backend.where(
                                            f.floats(s, condition),
                                            f.floats(s, a),
                                            f.floats(s, b))),
                            condition.where(a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                "where.int32",
                "where",
                s -> {
                    Ref condition = Ref.of(new double[] {1, 0, 0, 1, 1, 0}, 2, 3);
                    int[] a = {1, 2, 3, 4, 5, 6};
                    int[] b = {-1, -2, -3};
                    int[] expected = {1, -2, -3, 4, 5, -3};
                    f.assertInts(
                            s.track(
                                    backend.where(
                                            f.floats(s, condition),
                                            f.ints(s, a, 2, 3),
                                            f.ints(s, b, 3))),
                            new int[] {2, 3},
                            expected);
                });
        list.add(
                "where.size-0",
                "where",
                s -> {
                    Ref condition = Ref.full(1, 0, 2);
                    Ref a = Ref.full(1, 0, 2);
                    Ref b = Ref.full(2, 2);
                    f.assertClose(
                            s.track(
                                    backend.where(
                                            f.floats(s, condition),
                                            f.floats(s, a),
                                            f.floats(s, b))),
                            condition.where(a, b),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                "where.mixed-dtypes-rejected",
                "where",
                s -> {
                    Tensor condition = f.floats(s, Ref.full(1, 2));
                    Tensor a = f.floats(s, Ref.full(1, 2));
                    Tensor b = f.ints(s, new int[] {1, 2}, 2);
                    assertRejects(
                            IllegalArgumentException.class,
                            s,
                            () -> backend.where(condition, a, b));
                });
        list.add(
                "where.incompatible-shapes-rejected",
                "where",
                s -> {
                    Tensor condition = f.floats(s, Ref.full(1, 3));
                    Tensor a = f.floats(s, Ref.full(1, 2));
                    Tensor b = f.floats(s, Ref.full(1, 2));
                    assertRejects(
                            IllegalArgumentException.class,
                            s,
                            () -> backend.where(condition, a, b));
                });
    }
}
