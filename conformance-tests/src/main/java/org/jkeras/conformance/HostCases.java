package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;
import org.junit.jupiter.api.function.Executable;

/** Cases for creation, host transfer and the lifetime of tensors. */
final class HostCases {

    private HostCases() {}

    static void addTo(CaseList list, Fixture fixture) {
        addTransfer(list, fixture);
        addCreation(list, fixture);
        addLifetime(list, fixture);
    }

    private static void addTransfer(CaseList list, Fixture fixture) {
        Backend backend = fixture.backend();
        list.add(
                "fromHost.float32-round-trip",
                "fromHost",
                scope -> {
                    NDArray host =
                            Ref.uniform(CaseList.random("roundtrip"), -5, 5, 2, 3, 4).toFloat32();
                    Tensor t = scope.track(backend.fromHost(host));
                    assertArrayEquals(new int[] {2, 3, 4}, t.shape(), "shape");
                    assertEquals(DType.FLOAT32, t.dtype(), "dtype");
                    assertEquals(3, t.rank(), "rank");
                    assertEquals(24, t.size(), "size");
                    assertEquals(host, backend.toHost(t), "values read back");
                });
        list.add(
                "fromHost.int32-round-trip",
                "fromHost",
                scope -> {
                    NDArray host =
                            NDArray.of(
                                    new int[] {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}, 2, 2);
                    Tensor t = scope.track(backend.fromHost(host));
                    assertEquals(DType.INT32, t.dtype(), "dtype");
                    assertEquals(host, backend.toHost(t), "values read back");
                });
        list.add(
                "fromHost.special-values-round-trip",
                "fromHost",
                scope -> {
                    NDArray host =
                            NDArray.of(
                                    new float[] {
                                        Float.NaN,
                                        Float.POSITIVE_INFINITY,
                                        Float.NEGATIVE_INFINITY,
                                        -0.0f,
                                        Float.MAX_VALUE,
                                        -Float.MAX_VALUE,
                                        Float.MIN_NORMAL
                                    });
                    assertEquals(host, backend.toHost(scope.track(backend.fromHost(host))));
                });
        list.add(
                "fromHost.scalar",
                "fromHost",
                scope -> {
                    NDArray host = NDArray.scalar(3.25f);
                    Tensor t = scope.track(backend.fromHost(host));
                    assertArrayEquals(new int[0], t.shape(), "shape");
                    assertEquals(1, t.size(), "size");
                    assertEquals(host, backend.toHost(t), "values read back");
                });
        list.add(
                "fromHost.size-0",
                "fromHost",
                scope -> {
                    NDArray host = NDArray.zeros(DType.FLOAT32, 0, 3);
                    Tensor t = scope.track(backend.fromHost(host));
                    assertArrayEquals(new int[] {0, 3}, t.shape(), "shape");
                    assertEquals(0, t.size(), "size");
                    assertEquals(host, backend.toHost(t), "values read back");
                });
        list.add(
                "fromHost.shape-returns-a-copy",
                "fromHost",
                scope -> {
                    Tensor t = scope.track(backend.fromHost(NDArray.of(new float[] {1, 2})));
                    int[] shape = t.shape();
                    shape[0] = 5;
                    assertArrayEquals(new int[] {2}, t.shape(), "shape() must return a copy");
                });
        list.add(
                "toHost.copy-is-detached",
                "toHost",
                scope -> {
                    Tensor t = scope.track(backend.fromHost(NDArray.of(new float[] {1, 2})));
                    NDArray first = backend.toHost(t);
                    backend.assign(
                            t, scope.track(backend.fromHost(NDArray.of(new float[] {3, 4}))));
                    assertEquals(NDArray.of(new float[] {1, 2}), first, "earlier copy");
                    assertEquals(NDArray.of(new float[] {3, 4}), backend.toHost(t), "new copy");
                });
    }

    private static void addCreation(CaseList list, Fixture fixture) {
        Backend backend = fixture.backend();
        list.add(
                "full.float32",
                "full",
                scope ->
                        fixture.assertClose(
                                scope.track(backend.full(new int[] {2, 3}, DType.FLOAT32, 1.5)),
                                Ref.full(1.5, 2, 3),
                                Tolerance.ELEMENTWISE));
        list.add(
                "full.float32-nan-and-inf",
                "full",
                scope -> {
                    fixture.assertClose(
                            scope.track(backend.full(new int[] {2}, DType.FLOAT32, Double.NaN)),
                            Ref.full(Double.NaN, 2),
                            Tolerance.ELEMENTWISE);
                    fixture.assertClose(
                            scope.track(
                                    backend.full(
                                            new int[] {2},
                                            DType.FLOAT32,
                                            Double.NEGATIVE_INFINITY)),
                            Ref.full(Double.NEGATIVE_INFINITY, 2),
                            Tolerance.ELEMENTWISE);
                });
        list.add(
                "full.int32",
                "full",
                scope ->
                        fixture.assertInts(
                                scope.track(backend.full(new int[] {4}, DType.INT32, 7)),
                                new int[] {4},
                                new int[] {7, 7, 7, 7}));
        list.add(
                "full.size-0",
                "full",
                scope ->
                        fixture.assertClose(
                                scope.track(backend.full(new int[] {3, 0}, DType.FLOAT32, 2)),
                                Ref.full(2, 3, 0),
                                Tolerance.ELEMENTWISE));
        list.add(
                "full.negative-dimension-rejected",
                "full",
                scope ->
                        Fixture.assertRejects(
                                IllegalArgumentException.class,
                                scope,
                                () -> backend.full(new int[] {2, -1}, DType.FLOAT32, 0)));
        list.add(
                "scalar.value",
                "scalar",
                scope ->
                        fixture.assertClose(
                                scope.track(backend.scalar(-2.5)),
                                Ref.of(new double[] {-2.5}),
                                Tolerance.ELEMENTWISE));
    }

    /** A use of a closed tensor, which must throw IllegalStateException. */
    private interface Use {
        void on(Backend backend, Tensor closed, Tensor open) throws Throwable;
    }

    private static void addLifetime(CaseList list, Fixture fixture) {
        Backend backend = fixture.backend();
        list.add(
                "tensor.close-is-idempotent",
                "close",
                scope -> {
                    Tensor t = backend.fromHost(NDArray.of(new float[] {1}));
                    assertFalse(t.isClosed(), "a new tensor is open");
                    t.close();
                    assertTrue(t.isClosed(), "closed after close()");
                    t.close();
                    assertTrue(t.isClosed(), "still closed after a second close()");
                });
        list.add(
                "tensor.closing-a-result-leaves-its-input-open",
                "close",
                scope -> {
                    Tensor input = fixture.floats(scope, Ref.vector(1, 2, 3));
                    backend.reshape(input, new int[] {3, 1}).close();
                    backend.unary(UnaryOp.NEG, input).close();
                    assertFalse(input.isClosed(), "the input is still open");
                    fixture.assertClose(input, Ref.vector(1, 2, 3), Tolerance.ELEMENTWISE);
                });
        addClosedUse(list, fixture, "toHost", (b, closed, open) -> b.toHost(closed));
        addClosedUse(
                list, fixture, "unary", (b, closed, open) -> b.unary(UnaryOp.EXP, closed).close());
        addClosedUse(
                list,
                fixture,
                "binary",
                (b, closed, open) -> b.binary(BinaryOp.ADD, open, closed).close());
        addClosedUse(
                list,
                fixture,
                "reduce",
                (b, closed, open) -> b.reduce(ReduceOp.SUM, closed, new int[] {0}, false).close());
        addClosedUse(
                list,
                fixture,
                "matmul",
                (b, closed, open) -> b.matmul(closed, open, false, true).close());
        addClosedUse(
                list,
                fixture,
                "reshape",
                (b, closed, open) -> b.reshape(closed, new int[] {6}).close());
        addClosedUse(
                list,
                fixture,
                "concat",
                (b, closed, open) -> b.concat(List.of(open, closed), 0).close());
        addClosedUse(list, fixture, "assign", (b, closed, open) -> b.assign(closed, open));
        addClosedUse(list, fixture, "shape", (b, closed, open) -> closed.shape());
    }

    private static void addClosedUse(CaseList list, Fixture fixture, String op, Use use) {
        list.add(
                "tensor.closed-rejected-by-" + op,
                op.equals("shape") ? "close" : op,
                scope -> {
                    Tensor open = fixture.floats(scope, Ref.full(1, 2, 3));
                    Tensor closed = fixture.floats(scope, Ref.full(1, 2, 3));
                    closed.close();
                    Executable call = () -> use.on(fixture.backend(), closed, open);
                    assertThrows(IllegalStateException.class, call);
                });
    }
}
