package org.jkeras.conformance;

import static org.jkeras.conformance.Fixture.assertRejects;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/** Cases for the shape ops, gather, oneHot, cast and assign, in float32 and int32. */
final class ShapeCases {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private ShapeCases() {}

    static void addTo(CaseList list, Fixture fixture) {
        addReshape(list, fixture);
        addTranspose(list, fixture);
        addSlice(list, fixture);
        addConcat(list, fixture);
        addGather(list, fixture);
        addOneHot(list, fixture);
        addCast(list, fixture);
        addAssign(list, fixture);
    }

    private static int[] iota(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i * 3 - 7;
        }
        return values;
    }

    /** Runs a shape op on float32 data and on the same data as int32, checking both. */
    private interface ShapeOp {
        Tensor apply(Backend backend, Tensor x);
    }

    private interface RefOp {
        Ref apply(Ref x);
    }

    private static void addShapeCase(
            CaseList list,
            Fixture fixture,
            String id,
            String op,
            int[] shape,
            ShapeOp call,
            RefOp ref) {
        list.add(
                id,
                op,
                scope -> {
                    Ref x = Ref.uniform(CaseList.random(id), -3, 3, shape);
                    Tensor input = fixture.floats(scope, x);
                    NDArray before = fixture.backend().toHost(input);
                    fixture.assertClose(
                            scope.track(call.apply(fixture.backend(), input)),
                            ref.apply(x),
                            Tolerance.ELEMENTWISE);
                    fixture.assertUnchanged(input, before, "x");
                });
        list.add(
                id + "-int32",
                op,
                scope -> {
                    int[] data = iota(Ref.full(0, shape).size());
                    Ref expected = ref.apply(Ref.ofInts(data, shape));
                    fixture.assertInts(
                            scope.track(
                                    call.apply(
                                            fixture.backend(), fixture.ints(scope, data, shape))),
                            expected.shape(),
                            expected.toInt32().toIntArray());
                });
    }

    private static void addRejection(
            CaseList list, Fixture fixture, String id, String op, int[] shape, ShapeOp call) {
        list.add(
                id,
                op,
                scope -> {
                    Tensor x = fixture.floats(scope, Ref.full(1, shape));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> call.apply(fixture.backend(), x));
                });
    }

    private static void addReshape(CaseList list, Fixture fixture) {
        addShapeCase(
                list,
                fixture,
                "reshape.values",
                "reshape",
                new int[] {2, 3, 4},
                (b, x) -> b.reshape(x, new int[] {4, 6}),
                x -> x.reshape(4, 6));
        addShapeCase(
                list,
                fixture,
                "reshape.infers-minus-one",
                "reshape",
                new int[] {2, 3, 4},
                (b, x) -> b.reshape(x, new int[] {-1, 4}),
                x -> x.reshape(-1, 4));
        addShapeCase(
                list,
                fixture,
                "reshape.scalar-to-rank-2",
                "reshape",
                new int[0],
                (b, x) -> b.reshape(x, new int[] {1, 1}),
                x -> x.reshape(1, 1));
        addShapeCase(
                list,
                fixture,
                "reshape.size-0",
                "reshape",
                new int[] {0, 3},
                (b, x) -> b.reshape(x, new int[] {3, 0, 2}),
                x -> x.reshape(3, 0, 2));
        addRejection(
                list,
                fixture,
                "reshape.wrong-count-rejected",
                "reshape",
                new int[] {2, 3},
                (b, x) -> b.reshape(x, new int[] {4, 2}));
        addRejection(
                list,
                fixture,
                "reshape.two-unknowns-rejected",
                "reshape",
                new int[] {2, 3},
                (b, x) -> b.reshape(x, new int[] {-1, -1}));
        list.add(
                "reshape.result-independent-of-input",
                "reshape",
                scope -> checkIndependent(fixture, scope, (b, x) -> b.reshape(x, new int[] {6})));
    }

    /**
     * Checks that writing into an op's result leaves the input alone: a backend may share memory
     * between the two only if it copies on write.
     */
    private static void checkIndependent(Fixture fixture, Scope scope, ShapeOp call) {
        Tensor input = fixture.floats(scope, Ref.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3));
        NDArray before = fixture.backend().toHost(input);
        Tensor result = scope.track(call.apply(fixture.backend(), input));
        Tensor fill = fixture.floats(scope, Ref.full(9, result.shape()));
        fixture.backend().assign(result, fill);
        fixture.assertUnchanged(input, before, "x");
        result.close();
        fixture.assertUnchanged(input, before, "x, after its result was closed,");
    }

    private static void addTranspose(CaseList list, Fixture fixture) {
        addShapeCase(
                list,
                fixture,
                "transpose.rank-2",
                "transpose",
                new int[] {3, 4},
                (b, x) -> b.transpose(x, new int[] {1, 0}),
                x -> x.transpose(1, 0));
        addShapeCase(
                list,
                fixture,
                "transpose.rank-3",
                "transpose",
                new int[] {2, 3, 4},
                (b, x) -> b.transpose(x, new int[] {2, 0, 1}),
                x -> x.transpose(2, 0, 1));
        addShapeCase(
                list,
                fixture,
                "transpose.identity",
                "transpose",
                new int[] {2, 3},
                (b, x) -> b.transpose(x, new int[] {0, 1}),
                x -> x.transpose(0, 1));
        addShapeCase(
                list,
                fixture,
                "transpose.size-0",
                "transpose",
                new int[] {0, 3, 2},
                (b, x) -> b.transpose(x, new int[] {1, 2, 0}),
                x -> x.transpose(1, 2, 0));
        addShapeCase(
                list,
                fixture,
                "transpose.large-rank-2",
                "transpose",
                new int[] {37, 41},
                (b, x) -> b.transpose(x, new int[] {1, 0}),
                x -> x.transpose(1, 0));
        addShapeCase(
                list,
                fixture,
                "transpose.large-rank-3",
                "transpose",
                new int[] {5, 33, 17},
                (b, x) -> b.transpose(x, new int[] {2, 0, 1}),
                x -> x.transpose(2, 0, 1));
        addRejection(
                list,
                fixture,
                "transpose.repeated-axis-rejected",
                "transpose",
                new int[] {2, 3},
                (b, x) -> b.transpose(x, new int[] {0, 0}));
        addRejection(
                list,
                fixture,
                "transpose.wrong-length-rejected",
                "transpose",
                new int[] {2, 3},
                (b, x) -> b.transpose(x, new int[] {1, 0, 2}));
        list.add(
                "transpose.result-independent-of-input",
                "transpose",
                scope ->
                        checkIndependent(
                                fixture, scope, (b, x) -> b.transpose(x, new int[] {1, 0})));
    }

    private static void addSlice(CaseList list, Fixture fixture) {
        addShapeCase(
                list,
                fixture,
                "slice.block",
                "slice",
                new int[] {4, 5, 3},
                (b, x) -> b.slice(x, new int[] {1, 2, 0}, new int[] {2, 2, 3}),
                x -> x.slice(new int[] {1, 2, 0}, new int[] {2, 2, 3}));
        addShapeCase(
                list,
                fixture,
                "slice.minus-one-runs-to-end",
                "slice",
                new int[] {4, 5},
                (b, x) -> b.slice(x, new int[] {1, 3}, new int[] {-1, -1}),
                x -> x.slice(new int[] {1, 3}, new int[] {-1, -1}));
        addShapeCase(
                list,
                fixture,
                "slice.size-0-extent",
                "slice",
                new int[] {4, 5},
                (b, x) -> b.slice(x, new int[] {2, 0}, new int[] {0, 5}),
                x -> x.slice(new int[] {2, 0}, new int[] {0, 5}));
        addRejection(
                list,
                fixture,
                "slice.past-end-rejected",
                "slice",
                new int[] {4, 5},
                (b, x) -> b.slice(x, new int[] {3, 0}, new int[] {2, 5}));
        addRejection(
                list,
                fixture,
                "slice.negative-begin-rejected",
                "slice",
                new int[] {4, 5},
                (b, x) -> b.slice(x, new int[] {-1, 0}, new int[] {1, 5}));
        addRejection(
                list,
                fixture,
                "slice.wrong-length-rejected",
                "slice",
                new int[] {4, 5},
                (b, x) -> b.slice(x, new int[] {0}, new int[] {1}));
        list.add(
                "slice.result-independent-of-input",
                "slice",
                scope ->
                        checkIndependent(
                                fixture,
                                scope,
                                (b, x) -> b.slice(x, new int[] {0, 0}, new int[] {2, 3})));
    }

    private static void addConcat(CaseList list, Fixture fixture) {
        Backend backend = fixture.backend();
        addConcatCase(list, fixture, "concat.axis-0", new int[][] {{2, 3}, {4, 3}}, 0);
        addConcatCase(list, fixture, "concat.axis-negative", new int[][] {{2, 3}, {2, 1}}, -1);
        addConcatCase(
                list,
                fixture,
                "concat.three-parts-middle-axis",
                new int[][] {{2, 1, 3}, {2, 4, 3}, {2, 2, 3}},
                1);
        addConcatCase(list, fixture, "concat.single-part", new int[][] {{2, 3}}, 1);
        addConcatCase(list, fixture, "concat.size-0-part", new int[][] {{2, 3}, {0, 3}, {1, 3}}, 0);
        list.add(
                "concat.int32",
                "concat",
                scope -> {
                    Tensor a = fixture.ints(scope, new int[] {1, 2, 3, 4}, 2, 2);
                    Tensor b = fixture.ints(scope, new int[] {5, 6}, 2, 1);
                    fixture.assertInts(
                            scope.track(backend.concat(List.of(a, b), 1)),
                            new int[] {2, 3},
                            new int[] {1, 2, 5, 3, 4, 6});
                });
        list.add(
                "concat.mismatched-dims-rejected",
                "concat",
                scope -> {
                    Tensor a = fixture.floats(scope, Ref.full(1, 2, 3));
                    Tensor b = fixture.floats(scope, Ref.full(1, 2, 4));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> backend.concat(List.of(a, b), 0));
                });
        list.add(
                "concat.mismatched-ranks-rejected",
                "concat",
                scope -> {
                    Tensor a = fixture.floats(scope, Ref.full(1, 2, 3));
                    Tensor b = fixture.floats(scope, Ref.full(1, 3));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> backend.concat(List.of(a, b), 0));
                });
        list.add(
                "concat.mixed-dtypes-rejected",
                "concat",
                scope -> {
                    Tensor a = fixture.floats(scope, Ref.full(1, 2));
                    Tensor b = fixture.ints(scope, new int[] {1, 2}, 2);
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> backend.concat(List.of(a, b), 0));
                });
        list.add(
                "concat.bad-axis-rejected",
                "concat",
                scope -> {
                    Tensor a = fixture.floats(scope, Ref.full(1, 2, 3));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> backend.concat(List.of(a, a), 2));
                });
        list.add(
                "concat.empty-list-rejected",
                "concat",
                scope ->
                        assertRejects(
                                IllegalArgumentException.class,
                                scope,
                                () -> backend.concat(List.of(), 0)));
    }

    private static void addConcatCase(
            CaseList list, Fixture fixture, String id, int[][] shapes, int axis) {
        list.add(
                id,
                "concat",
                scope -> {
                    var random = CaseList.random(id);
                    Ref[] parts = new Ref[shapes.length];
                    Tensor[] tensors = new Tensor[shapes.length];
                    NDArray[] before = new NDArray[shapes.length];
                    for (int i = 0; i < shapes.length; i++) {
                        parts[i] = Ref.uniform(random, -3, 3, shapes[i]);
                        tensors[i] = fixture.floats(scope, parts[i]);
                        before[i] = fixture.backend().toHost(tensors[i]);
                    }
                    fixture.assertClose(
                            scope.track(fixture.backend().concat(List.of(tensors), axis)),
                            Ref.concat(List.of(parts), axis),
                            Tolerance.ELEMENTWISE);
                    for (int i = 0; i < shapes.length; i++) {
                        fixture.assertUnchanged(tensors[i], before[i], "tensors[" + i + "]");
                    }
                });
    }

    private static void addGather(CaseList list, Fixture fixture) {
        Backend backend = fixture.backend();
        addGatherCase(
                list,
                fixture,
                "gather.axis-0",
                new int[] {4, 3},
                new int[] {2, 0, 3},
                new int[] {3},
                0);
        addGatherCase(
                list,
                fixture,
                "gather.axis-1-rank-2-indices",
                new int[] {3, 4, 2},
                new int[] {3, 0, 1, 1},
                new int[] {2, 2},
                1);
        addGatherCase(
                list,
                fixture,
                "gather.axis-negative",
                new int[] {2, 5},
                new int[] {4, 4, 0},
                new int[] {3},
                -1);
        addGatherCase(
                list,
                fixture,
                "gather.scalar-index",
                new int[] {3, 4},
                new int[] {1},
                new int[0],
                0);
        addGatherCase(
                list,
                fixture,
                "gather.size-0-indices",
                new int[] {3, 4},
                new int[0],
                new int[] {0},
                0);
        list.add(
                "gather.int32-values",
                "gather",
                scope -> {
                    Tensor x = fixture.ints(scope, new int[] {10, 11, 20, 21, 30, 31}, 3, 2);
                    Tensor indices = fixture.ints(scope, new int[] {2, 0}, 2);
                    fixture.assertInts(
                            scope.track(backend.gather(x, indices, 0)),
                            new int[] {2, 2},
                            new int[] {30, 31, 10, 11});
                });
        list.add(
                "gather.index-too-large-rejected",
                "gather",
                scope -> {
                    Tensor x = fixture.floats(scope, Ref.full(1, 3, 2));
                    Tensor indices = fixture.ints(scope, new int[] {0, 3}, 2);
                    assertRejects(
                            IndexOutOfBoundsException.class,
                            scope,
                            () -> backend.gather(x, indices, 0));
                });
        list.add(
                "gather.negative-index-rejected",
                "gather",
                scope -> {
                    Tensor x = fixture.floats(scope, Ref.full(1, 3, 2));
                    Tensor indices = fixture.ints(scope, new int[] {-1}, 1);
                    assertRejects(
                            IndexOutOfBoundsException.class,
                            scope,
                            () -> backend.gather(x, indices, 0));
                });
        list.add(
                "gather.float32-indices-rejected",
                "gather",
                scope -> {
                    Tensor x = fixture.floats(scope, Ref.full(1, 3, 2));
                    Tensor indices = fixture.floats(scope, Ref.vector(0, 1));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> backend.gather(x, indices, 0));
                });
        list.add(
                "gather.bad-axis-rejected",
                "gather",
                scope -> {
                    Tensor x = fixture.floats(scope, Ref.full(1, 3, 2));
                    Tensor indices = fixture.ints(scope, new int[] {0}, 1);
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> backend.gather(x, indices, 2));
                });
    }

    private static void addGatherCase(
            CaseList list,
            Fixture fixture,
            String id,
            int[] shape,
            int[] indices,
            int[] indexShape,
            int axis) {
        list.add(
                id,
                "gather",
                scope -> {
                    Ref x = Ref.uniform(CaseList.random(id), -3, 3, shape);
                    Tensor input = fixture.floats(scope, x);
                    Tensor index = fixture.ints(scope, indices, indexShape);
                    NDArray beforeX = fixture.backend().toHost(input);
                    NDArray beforeIndices = fixture.backend().toHost(index);
                    fixture.assertClose(
                            scope.track(fixture.backend().gather(input, index, axis)),
                            x.gather(Ref.ofInts(indices, indexShape), axis),
                            Tolerance.ELEMENTWISE);
                    fixture.assertUnchanged(input, beforeX, "x");
                    fixture.assertUnchanged(index, beforeIndices, "indices");
                });
    }

    private static void addOneHot(CaseList list, Fixture fixture) {
        addOneHotCase(list, fixture, "oneHot.rank-1", new int[] {0, 2, 1, 2}, new int[] {4}, 3);
        addOneHotCase(
                list, fixture, "oneHot.rank-2", new int[] {3, 0, 1, 2, 2, 1}, new int[] {2, 3}, 4);
        addOneHotCase(
                list,
                fixture,
                "oneHot.out-of-range-gives-zeros",
                new int[] {-1, 3, 1, 7},
                new int[] {4},
                3);
        addOneHotCase(list, fixture, "oneHot.size-0-indices", new int[0], new int[] {0}, 3);
        addOneHotCase(list, fixture, "oneHot.depth-0", new int[] {0, 1}, new int[] {2}, 0);
        list.add(
                "oneHot.float32-indices-rejected",
                "oneHot",
                scope -> {
                    Tensor indices = fixture.floats(scope, Ref.vector(0, 1));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> fixture.backend().oneHot(indices, 3));
                });
        list.add(
                "oneHot.negative-depth-rejected",
                "oneHot",
                scope -> {
                    Tensor indices = fixture.ints(scope, new int[] {0, 1}, 2);
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> fixture.backend().oneHot(indices, -1));
                });
    }

    private static void addOneHotCase(
            CaseList list, Fixture fixture, String id, int[] indices, int[] shape, int depth) {
        list.add(
                id,
                "oneHot",
                scope ->
                        fixture.assertClose(
                                scope.track(
                                        fixture.backend()
                                                .oneHot(
                                                        fixture.ints(scope, indices, shape),
                                                        depth)),
                                Ref.ofInts(indices, shape).oneHot(depth),
                                Tolerance.ELEMENTWISE));
    }

    private static void addCast(CaseList list, Fixture fixture) {
        Backend backend = fixture.backend();
        list.add(
                "cast.float32-to-int32-truncates-and-saturates",
                "cast",
                scope -> {
                    double[] values = {
                        2.7, -2.7, 0.5, -0.5, 3, -3, 1e10, -1e10, NAN, INF, -INF, 2147483520f, -0.0
                    };
                    int[] expected = new int[values.length];
                    for (int i = 0; i < values.length; i++) {
                        expected[i] = (int) values[i];
                    }
                    Tensor x = fixture.floats(scope, Ref.vector(values));
                    NDArray before = backend.toHost(x);
                    fixture.assertInts(
                            scope.track(backend.cast(x, DType.INT32)),
                            new int[] {values.length},
                            expected);
                    fixture.assertUnchanged(x, before, "x");
                });
        list.add(
                "cast.large-float32-to-int32",
                "cast",
                scope -> {
                    Ref x =
                            Ref.uniform(
                                    CaseList.random("cast.large"),
                                    -1000,
                                    1000,
                                    ElementwiseCases.LARGE);
                    Ref expected = x.map(v -> (int) v);
                    fixture.assertInts(
                            scope.track(backend.cast(fixture.floats(scope, x), DType.INT32)),
                            expected.shape(),
                            expected.toInt32().toIntArray());
                });
        list.add(
                "cast.int32-to-float32",
                "cast",
                scope -> {
                    int[] values = {-5, 0, 7, 16777217, Integer.MIN_VALUE, 123456};
                    Ref expected = Ref.ofInts(values, 2, 3);
                    fixture.assertClose(
                            scope.track(
                                    backend.cast(fixture.ints(scope, values, 2, 3), DType.FLOAT32)),
                            expected,
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                "cast.float32-to-float32-copies",
                "cast",
                scope -> {
                    Ref x = Ref.vector(1.5, NAN, -INF);
                    fixture.assertClose(
                            scope.track(backend.cast(fixture.floats(scope, x), DType.FLOAT32)),
                            x,
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                "cast.int32-to-int32-copies",
                "cast",
                scope ->
                        fixture.assertInts(
                                scope.track(
                                        backend.cast(
                                                fixture.ints(scope, new int[] {4, -4}, 2),
                                                DType.INT32)),
                                new int[] {2},
                                new int[] {4, -4}));
        list.add(
                "cast.size-0",
                "cast",
                scope ->
                        fixture.assertInts(
                                scope.track(
                                        backend.cast(
                                                fixture.floats(scope, Ref.full(1, 0, 2)),
                                                DType.INT32)),
                                new int[] {0, 2},
                                new int[0]));
        list.add(
                "cast.result-independent-of-input",
                "cast",
                scope -> checkIndependent(fixture, scope, (b, x) -> b.cast(x, DType.FLOAT32)));
    }

    private static void addAssign(CaseList list, Fixture fixture) {
        Backend backend = fixture.backend();
        list.add(
                "assign.float32",
                "assign",
                scope -> {
                    Ref values = Ref.uniform(CaseList.random("assign"), -3, 3, 2, 3);
                    Tensor target = fixture.floats(scope, Ref.full(0, 2, 3));
                    Tensor value = fixture.floats(scope, values);
                    NDArray before = backend.toHost(value);
                    backend.assign(target, value);
                    fixture.assertClose(target, values, Tolerance.ELEMENTWISE);
                    fixture.assertUnchanged(value, before, "value");
                });
        list.add(
                "assign.int32",
                "assign",
                scope -> {
                    Tensor target = fixture.ints(scope, new int[] {0, 0, 0}, 3);
                    backend.assign(target, fixture.ints(scope, new int[] {5, -6, 7}, 3));
                    fixture.assertInts(target, new int[] {3}, new int[] {5, -6, 7});
                });
        list.add(
                "assign.later-writes-to-value-do-not-reach-target",
                "assign",
                scope -> {
                    Tensor target = fixture.floats(scope, Ref.full(0, 3));
                    Tensor value = fixture.floats(scope, Ref.vector(1, 2, 3));
                    backend.assign(target, value);
                    backend.assign(value, fixture.floats(scope, Ref.full(9, 3)));
                    fixture.assertClose(target, Ref.vector(1, 2, 3), Tolerance.ELEMENTWISE);
                });
        list.add(
                "assign.shape-mismatch-rejected",
                "assign",
                scope -> {
                    Tensor target = fixture.floats(scope, Ref.full(0, 2, 3));
                    Tensor value = fixture.floats(scope, Ref.full(1, 3, 2));
                    IllegalArgumentException error =
                            assertThrows(
                                    IllegalArgumentException.class,
                                    () -> backend.assign(target, value));
                    assertNotNull(error.getMessage(), "the exception must carry a message");
                    fixture.assertClose(target, Ref.full(0, 2, 3), Tolerance.ELEMENTWISE);
                });
        list.add(
                "assign.dtype-mismatch-rejected",
                "assign",
                scope -> {
                    Tensor target = fixture.floats(scope, Ref.full(0, 2));
                    Tensor value = fixture.ints(scope, new int[] {1, 2}, 2);
                    assertThrows(
                            IllegalArgumentException.class, () -> backend.assign(target, value));
                    fixture.assertClose(target, Ref.full(0, 2), Tolerance.ELEMENTWISE);
                });
        list.add(
                "assign.keeps-target-shape-and-dtype",
                "assign",
                scope -> {
                    Tensor target = fixture.floats(scope, Ref.full(0, 4, 1));
                    backend.assign(target, fixture.floats(scope, Ref.full(2, 4, 1)));
                    assertArrayEquals(new int[] {4, 1}, target.shape(), "shape of the target");
                    assertEquals(DType.FLOAT32, target.dtype(), "dtype of the target");
                });
    }
}
