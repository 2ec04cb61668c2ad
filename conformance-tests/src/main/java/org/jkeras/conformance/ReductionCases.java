package org.jkeras.conformance;

import static org.jkeras.conformance.Fixture.assertRejects;

import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;

/** Cases for reduce, argMax and matmul: the ops that accumulate. */
final class ReductionCases {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static final int[] LARGE = ElementwiseCases.LARGE;

    /**
     * Below this many elements a case may mix signs; above it, cancellation would need a looser
     * bound.
     */
    private static final int MIXED_SIGN_LIMIT = 1000;

    /** Above this inner dimension matmul inputs are non-negative, for the same reason. */
    private static final int LONG_INNER = 64;

    private ReductionCases() {}

    private static boolean large(int[] shape) {
        return Ref.full(0, shape).size() > MIXED_SIGN_LIMIT;
    }

    /**
     * Returns values in [0.5, 1.5): without cancellation a float32 sum of n terms stays within
     * about n ulps of the exact sum relative to it, which {@link Tolerance#ACCUMULATED} covers.
     */
    private static Ref positive(String id, int... shape) {
        return Ref.uniform(CaseList.random(id), 0.5, 1.5, shape);
    }

    static void addTo(CaseList list, Fixture fixture) {
        for (ReduceOp op : ReduceOp.values()) {
            addReduce(list, fixture, op);
        }
        list.add(
                "reduce.SUM.int32-rejected",
                "reduce.SUM",
                scope -> {
                    Tensor x = fixture.ints(scope, new int[] {1, 2}, 2);
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> fixture.backend().reduce(ReduceOp.SUM, x, new int[] {0}, false));
                });
        addArgMax(list, fixture);
        addMatmul(list, fixture);
    }

    private static void addReduce(CaseList list, Fixture fixture, ReduceOp op) {
        String name = "reduce." + op;
        int[] shape = {2, 3, 4};
        addReduceCase(list, fixture, op, name + ".all-axes", shape, new int[] {0, 1, 2}, false);
        addReduceCase(list, fixture, op, name + ".axis-0", shape, new int[] {0}, false);
        addReduceCase(list, fixture, op, name + ".axis-negative", shape, new int[] {-1}, false);
        addReduceCase(
                list, fixture, op, name + ".axes-0-2-keep-dims", shape, new int[] {0, 2}, true);
        addReduceCase(
                list, fixture, op, name + ".axes-2-0-unsorted", shape, new int[] {2, 0}, false);
        addReduceCase(list, fixture, op, name + ".empty-axes-copies", shape, new int[0], false);
        addReduceCase(list, fixture, op, name + ".scalar-input", new int[0], new int[0], true);
        addReduceCase(
                list,
                fixture,
                op,
                name + ".size-0-reduced",
                new int[] {0, 3},
                new int[] {0},
                false);
        addReduceCase(
                list, fixture, op, name + ".size-0-kept", new int[] {0, 3}, new int[] {1}, true);
        addReduceCase(list, fixture, op, name + ".large-axis-0", LARGE, new int[] {0}, false);
        addReduceCase(list, fixture, op, name + ".large-axis-1", LARGE, new int[] {1}, false);
        addReduceCase(list, fixture, op, name + ".large-all-axes", LARGE, new int[] {0, 1}, false);
        list.add(
                name + ".nan-and-inf",
                name,
                scope -> {
                    Ref x =
                            Ref.of(
                                    new double[] {1, NAN, 2, INF, 1, 2, INF, -INF, 3, -INF, 1, 2},
                                    4,
                                    3);
                    fixture.assertClose(
                            scope.track(
                                    fixture.backend()
                                            .reduce(
                                                    op,
                                                    fixture.floats(scope, x),
                                                    new int[] {1},
                                                    false)),
                            x.reduce(op, new int[] {1}, false),
                            Tolerance.ACCUMULATED);
                });
        list.add(
                name + ".bad-axis-rejected",
                name,
                scope -> {
                    Tensor x = fixture.floats(scope, Ref.full(1, shape));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> fixture.backend().reduce(op, x, new int[] {3}, false));
                });
        list.add(
                name + ".repeated-axes-rejected",
                name,
                scope -> {
                    Tensor x = fixture.floats(scope, Ref.full(1, shape));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> fixture.backend().reduce(op, x, new int[] {1, -2}, false));
                });
    }

    private static void addReduceCase(
            CaseList list,
            Fixture fixture,
            ReduceOp op,
            String id,
            int[] shape,
            int[] axes,
            boolean keepDims) {
        list.add(
                id,
                "reduce." + op,
                scope -> {
                    Ref x =
                            large(shape)
                                    ? positive(id, shape)
                                    : Ref.uniform(CaseList.random(id), -2, 2, shape);
                    Tensor input = fixture.floats(scope, x);
                    NDArray before = fixture.backend().toHost(input);
                    fixture.assertClose(
                            scope.track(
                                    fixture.backend().reduce(op, input, axes.clone(), keepDims)),
                            x.reduce(op, axes, keepDims),
                            Tolerance.ACCUMULATED);
                    fixture.assertUnchanged(input, before, "x");
                });
    }

    private static void addArgMax(CaseList list, Fixture fixture) {
        Backend backend = fixture.backend();
        addArgMaxCase(list, fixture, "argMax.axis-last", Ref.vector(), new int[] {3, 5}, -1);
        addArgMaxCase(list, fixture, "argMax.axis-0", Ref.vector(), new int[] {4, 3}, 0);
        addArgMaxCase(list, fixture, "argMax.middle-axis", Ref.vector(), new int[] {2, 4, 3}, 1);
        addArgMaxCase(list, fixture, "argMax.large-axis-0", Ref.vector(), LARGE, 0);
        addArgMaxCase(list, fixture, "argMax.large-axis-1", Ref.vector(), LARGE, 1);
        addArgMaxCase(
                list,
                fixture,
                "argMax.first-of-ties",
                Ref.of(new double[] {1, 3, 3, 0, 2, 2, 2, 2}, 2, 4),
                null,
                1);
        addArgMaxCase(
                list,
                fixture,
                "argMax.nan-counts-largest",
                Ref.of(new double[] {1, NAN, 5, 2, INF, NAN, NAN, 0, -INF, -INF}, 2, 5),
                null,
                1);
        addArgMaxCase(list, fixture, "argMax.size-0-batch", Ref.full(1, 0, 3), null, 1);
        list.add(
                "argMax.bad-axis-rejected",
                "argMax",
                scope -> {
                    Tensor x = fixture.floats(scope, Ref.full(1, 2, 3));
                    assertRejects(
                            IllegalArgumentException.class, scope, () -> backend.argMax(x, 2));
                });
    }

    /** Adds an argMax case over {@code fixed} values, or random ones of {@code shape}. */
    private static void addArgMaxCase(
            CaseList list, Fixture fixture, String id, Ref fixed, int[] shape, int axis) {
        list.add(
                id,
                "argMax",
                scope -> {
                    Ref x = shape == null ? fixed : Ref.uniform(CaseList.random(id), -3, 3, shape);
                    Ref expected = x.argMax(axis);
                    fixture.assertInts(
                            scope.track(fixture.backend().argMax(fixture.floats(scope, x), axis)),
                            expected.shape(),
                            expected.toInt32().toIntArray());
                });
    }

    private static void addMatmul(CaseList list, Fixture fixture) {
        addMatmulCase(
                list, fixture, "matmul.plain", new int[] {3, 4}, new int[] {4, 5}, false, false);
        addMatmulCase(
                list,
                fixture,
                "matmul.transpose-a",
                new int[] {4, 3},
                new int[] {4, 5},
                true,
                false);
        addMatmulCase(
                list,
                fixture,
                "matmul.transpose-b",
                new int[] {3, 4},
                new int[] {5, 4},
                false,
                true);
        addMatmulCase(
                list,
                fixture,
                "matmul.transpose-both",
                new int[] {4, 3},
                new int[] {5, 4},
                true,
                true);
        addMatmulCase(
                list,
                fixture,
                "matmul.blocked-odd-sizes",
                new int[] {37, 29},
                new int[] {29, 41},
                false,
                false);
        addMatmulCase(
                list,
                fixture,
                "matmul.blocked-transposed",
                new int[] {29, 37},
                new int[] {41, 29},
                true,
                true);
        addMatmulCase(
                list,
                fixture,
                "matmul.crosses-cache-blocks",
                new int[] {70, 300},
                new int[] {300, 530},
                false,
                false);
        addMatmulCase(
                list,
                fixture,
                "matmul.crosses-cache-blocks-transposed",
                new int[] {300, 70},
                new int[] {530, 300},
                true,
                true);
        addMatmulCase(
                list,
                fixture,
                "matmul.vector-shapes",
                new int[] {1, 6},
                new int[] {6, 1},
                false,
                false);
        addMatmulCase(
                list,
                fixture,
                "matmul.size-0-inner",
                new int[] {3, 0},
                new int[] {0, 4},
                false,
                false);
        addMatmulCase(
                list,
                fixture,
                "matmul.size-0-rows",
                new int[] {0, 4},
                new int[] {4, 5},
                false,
                false);
        Backend backend = fixture.backend();
        list.add(
                "matmul.nan-and-inf",
                "matmul",
                scope -> {
                    Ref a = Ref.of(new double[] {NAN, 1, 1, 1, INF, 1}, 3, 2);
                    Ref b = Ref.of(new double[] {1, 0, 2, 1, 1, 1}, 2, 3);
                    fixture.assertClose(
                            scope.track(
                                    backend.matmul(
                                            fixture.floats(scope, a),
                                            fixture.floats(scope, b),
                                            false,
                                            false)),
                            a.matmul(b, false, false),
                            Tolerance.ACCUMULATED);
                });
        list.add(
                "matmul.inner-mismatch-rejected",
                "matmul",
                scope -> {
                    Tensor a = fixture.floats(scope, Ref.full(1, 3, 4));
                    Tensor b = fixture.floats(scope, Ref.full(1, 3, 5));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> backend.matmul(a, b, false, false));
                });
        list.add(
                "matmul.rank-3-rejected",
                "matmul",
                scope -> {
                    Tensor a = fixture.floats(scope, Ref.full(1, 2, 3, 4));
                    Tensor b = fixture.floats(scope, Ref.full(1, 4, 5));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> backend.matmul(a, b, false, false));
                });
        list.add(
                "matmul.int32-rejected",
                "matmul",
                scope -> {
                    Tensor a = fixture.ints(scope, new int[] {1, 2, 3, 4}, 2, 2);
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> backend.matmul(a, a, false, false));
                });
    }

    private static void addMatmulCase(
            CaseList list,
            Fixture fixture,
            String id,
            int[] shapeA,
            int[] shapeB,
            boolean transposeA,
            boolean transposeB) {
        list.add(
                id,
                "matmul",
                scope -> {
                    var random = CaseList.random(id);
                    int inner = shapeA[transposeA ? 0 : 1];
                    double low = inner > LONG_INNER ? 0 : -1;
                    Ref a = Ref.uniform(random, low, 1, shapeA);
                    Ref b = Ref.uniform(random, low, 1, shapeB);
                    Tensor ta = fixture.floats(scope, a);
                    Tensor tb = fixture.floats(scope, b);
                    NDArray beforeA = fixture.backend().toHost(ta);
                    NDArray beforeB = fixture.backend().toHost(tb);
                    fixture.assertClose(
                            scope.track(fixture.backend().matmul(ta, tb, transposeA, transposeB)),
                            a.matmul(b, transposeA, transposeB),
                            Tolerance.ACCUMULATED);
                    fixture.assertUnchanged(ta, beforeA, "a");
                    fixture.assertUnchanged(tb, beforeB, "b");
                });
    }
}
