package org.jkeras.conformance;

import static org.jkeras.conformance.Fixture.assertRejects;

import java.util.SplittableRandom;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/** Cases for the fused ops: dense, softmax, logSoftmax and softmax cross-entropy. */
final class FusedCases {

    private static final double INF = Double.POSITIVE_INFINITY;

    private FusedCases() {}

    static void addTo(CaseList list, Fixture fixture) {
        addDense(list, fixture);
        addSoftmaxes(list, fixture, "softmax");
        addSoftmaxes(list, fixture, "logSoftmax");
        addCrossEntropy(list, fixture);
    }

    private static void addDense(CaseList list, Fixture fixture) {
        addDenseCase(list, fixture, "dense.rank-2-with-bias", new int[] {4, 3}, 5, true);
        addDenseCase(list, fixture, "dense.rank-2-without-bias", new int[] {4, 3}, 5, false);
        addDenseCase(list, fixture, "dense.rank-3-with-bias", new int[] {2, 3, 4}, 2, true);
        addDenseCase(list, fixture, "dense.wide-layer", new int[] {9, 33}, 17, true);
        addDenseCase(list, fixture, "dense.size-0-batch", new int[] {0, 3}, 2, true);
        addDenseCase(list, fixture, "dense.large", new int[] {64, 200}, 100, true);
        list.add(
                "dense.inner-mismatch-rejected",
                "dense",
                scope -> {
                    Tensor x = fixture.floats(scope, Ref.full(1, 4, 3));
                    Tensor kernel = fixture.floats(scope, Ref.full(1, 4, 5));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> fixture.backend().dense(x, kernel, null));
                });
    }

    private static void addDenseCase(
            CaseList list, Fixture fixture, String id, int[] xShape, int units, boolean withBias) {
        list.add(
                id,
                "dense",
                scope -> {
                    SplittableRandom random = CaseList.random(id);
                    // Large layers take non-negative values, so that cancellation does not
                    // demand a looser tolerance than small ones.
                    double low = xShape[xShape.length - 1] > 100 ? 0 : -1;
                    Ref x = Ref.uniform(random, low, 1, xShape);
                    Ref kernel = Ref.uniform(random, low, 1, xShape[xShape.length - 1], units);
                    Ref bias = withBias ? Ref.uniform(random, low, 1, units) : null;
                    Tensor tx = fixture.floats(scope, x);
                    Tensor tk = fixture.floats(scope, kernel);
                    Tensor tb = withBias ? fixture.floats(scope, bias) : null;
                    NDArray beforeX = fixture.backend().toHost(tx);
                    NDArray beforeK = fixture.backend().toHost(tk);
                    fixture.assertClose(
                            scope.track(fixture.backend().dense(tx, tk, tb)),
                            x.dense(kernel, bias),
                            Tolerance.ACCUMULATED);
                    fixture.assertUnchanged(tx, beforeX, "x");
                    fixture.assertUnchanged(tk, beforeK, "kernel");
                });
    }

    private static Tensor call(Backend backend, String op, Tensor x, int axis) {
        return op.equals("softmax") ? backend.softmax(x, axis) : backend.logSoftmax(x, axis);
    }

    private static Ref reference(String op, Ref x, int axis) {
        return op.equals("softmax") ? x.softmax(axis) : x.logSoftmax(axis);
    }

    private static void addSoftmaxes(CaseList list, Fixture fixture, String op) {
        addSoftmaxCase(list, fixture, op, op + ".last-axis", null, new int[] {3, 5}, -1);
        addSoftmaxCase(list, fixture, op, op + ".axis-0", null, new int[] {4, 3}, 0);
        addSoftmaxCase(list, fixture, op, op + ".middle-axis", null, new int[] {2, 3, 4}, 1);
        addSoftmaxCase(list, fixture, op, op + ".rank-1", null, new int[] {6}, 0);
        addSoftmaxCase(list, fixture, op, op + ".large", null, new int[] {64, 300}, -1);
        addSoftmaxCase(
                list,
                fixture,
                op,
                op + ".large-logits-stay-finite",
                Ref.of(new double[] {1000, 999, 998, -1000, -999, -1001}, 2, 3),
                null,
                -1);
        addSoftmaxCase(
                list,
                fixture,
                op,
                op + ".negative-infinity-logit",
                Ref.of(new double[] {1, -INF, 2, -INF, 0, 0}, 2, 3),
                null,
                -1);
        addSoftmaxCase(list, fixture, op, op + ".size-0-batch", Ref.full(1, 0, 4), null, -1);
        list.add(
                op + ".bad-axis-rejected",
                op,
                scope -> {
                    Tensor x = fixture.floats(scope, Ref.full(1, 2, 3));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> call(fixture.backend(), op, x, 2));
                });
    }

    private static void addSoftmaxCase(
            CaseList list,
            Fixture fixture,
            String op,
            String id,
            Ref fixed,
            int[] shape,
            int axis) {
        list.add(
                id,
                op,
                scope -> {
                    Ref x = fixed != null ? fixed : Ref.uniform(CaseList.random(id), -4, 4, shape);
                    Tensor input = fixture.floats(scope, x);
                    NDArray before = fixture.backend().toHost(input);
                    fixture.assertClose(
                            scope.track(call(fixture.backend(), op, input, axis)),
                            reference(op, x, axis),
                            Tolerance.ACCUMULATED);
                    fixture.assertUnchanged(input, before, "x");
                });
    }

    private static void addCrossEntropy(CaseList list, Fixture fixture) {
        String op = "softmaxCrossEntropy";
        addCrossEntropyCase(list, fixture, op + ".one-hot-labels", new int[] {4, 5}, true, 4);
        addCrossEntropyCase(list, fixture, op + ".soft-labels", new int[] {4, 5}, false, 4);
        addCrossEntropyCase(list, fixture, op + ".rank-3", new int[] {2, 3, 4}, false, 4);
        addCrossEntropyCase(
                list, fixture, op + ".large-logits-stay-finite", new int[] {3, 4}, true, 500);
        addCrossEntropyCase(list, fixture, op + ".size-0-batch", new int[] {0, 4}, true, 4);
        addCrossEntropyCase(list, fixture, op + ".large", new int[] {64, 100}, false, 4);
        list.add(
                op + ".shape-mismatch-rejected",
                op,
                scope -> {
                    Tensor logits = fixture.floats(scope, Ref.full(1, 2, 3));
                    Tensor labels = fixture.floats(scope, Ref.full(0.25, 2, 4));
                    assertRejects(
                            IllegalArgumentException.class,
                            scope,
                            () -> fixture.backend().softmaxCrossEntropy(logits, labels));
                });
    }

    private static void addCrossEntropyCase(
            CaseList list, Fixture fixture, String id, int[] shape, boolean oneHot, double scale) {
        list.add(
                id,
                "softmaxCrossEntropy",
                scope -> {
                    SplittableRandom random = CaseList.random(id);
                    Ref logits = Ref.uniform(random, -scale, scale, shape);
                    Ref labels = oneHot ? oneHotLabels(random, shape) : softLabels(random, shape);
                    Tensor tl = fixture.floats(scope, logits);
                    Tensor ty = fixture.floats(scope, labels);
                    NDArray beforeLogits = fixture.backend().toHost(tl);
                    NDArray beforeLabels = fixture.backend().toHost(ty);
                    fixture.assertClose(
                            scope.track(fixture.backend().softmaxCrossEntropy(tl, ty)),
                            logits.softmaxCrossEntropy(labels),
                            Tolerance.ACCUMULATED);
                    fixture.assertUnchanged(tl, beforeLogits, "logits");
                    fixture.assertUnchanged(ty, beforeLabels, "labels");
                });
    }

    /** Returns one-hot rows over the last axis of {@code shape}. */
    static Ref oneHotLabels(SplittableRandom random, int[] shape) {
        int classes = shape[shape.length - 1];
        int rows = Ref.full(0, shape).size() / Math.max(classes, 1);
        int[] indices = new int[rows];
        for (int i = 0; i < rows; i++) {
            indices[i] = random.nextInt(classes);
        }
        return Ref.ofInts(indices, rows).oneHot(classes).reshape(shape);
    }

    /** Returns random probability rows over the last axis of {@code shape}, rounded to float32. */
    static Ref softLabels(SplittableRandom random, int[] shape) {
        return Ref.uniform(random, -2, 2, shape).softmax(-1).roundedToFloat32();
    }
}
