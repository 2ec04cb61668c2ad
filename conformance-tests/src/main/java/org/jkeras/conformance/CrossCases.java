package org.jkeras.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * The computations {@link CrossBackendKit} runs on two backends: each draws its inputs from a
 * generator seeded by its id, so both backends see the same numbers, and returns its outputs read
 * back to the host.
 */
final class CrossCases {

    /** The IEEE corners mixed into element-wise inputs: both backends must treat them alike. */
    private static final double[] CORNERS = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 0.5, -2.5, 1.0
    };

    /** A computation on one backend, given a scope that closes its tensors. */
    @FunctionalInterface
    interface Computation {
        List<NDArray> run(Backend backend, Scope scope, SplittableRandom random);
    }

    /** One case: an id, the tolerance its outputs must agree within, and what it computes. */
    record Case(String id, Tolerance tolerance, Computation computation) {

        String group() {
            return id.substring(0, id.indexOf('.', id.indexOf('.') + 1));
        }

        List<NDArray> compute(Backend backend) throws Throwable {
            try (Scope scope = new Scope()) {
                return computation.run(backend, scope, CaseList.random(id));
            }
        }
    }

    private CrossCases() {}

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        addElementwise(cases);
        addAccumulating(cases);
        addShapeOps(cases);
        addFused(cases);
        addOptimizers(cases);
        CrossGradients.addTo(cases);
        CrossTraining.addTo(cases);
        return cases;
    }

    /** Uploads float32 values. */
    static Tensor up(Backend backend, Scope scope, Ref values) {
        return scope.track(backend.fromHost(values.toFloat32()));
    }

    /** Reads tensors back to the host. */
    static List<NDArray> down(Backend backend, Tensor... tensors) {
        List<NDArray> out = new ArrayList<>();
        for (Tensor t : tensors) {
            out.add(backend.toHost(t));
        }
        return out;
    }

    /** Returns uniform values with the IEEE corners written over the first elements. */
    static Ref withCorners(Ref values) {
        Ref out = values;
        for (int i = 0; i < CORNERS.length && i < values.size(); i++) {
            out = out.with(i * 3 % values.size(), CORNERS[i]);
        }
        return out;
    }

    private static void addElementwise(List<Case> cases) {
        for (UnaryOp op : UnaryOp.values()) {
            cases.add(
                    new Case(
                            "cross.op.unary." + op,
                            Tolerance.ELEMENTWISE,
                            (b, s, r) -> {
                                Ref x = withCorners(Ref.uniform(r, -3, 3, 7, 9));
                                return down(b, s.track(b.unary(op, up(b, s, x))));
                            }));
        }
        for (BinaryOp op : BinaryOp.values()) {
            cases.add(
                    new Case(
                            "cross.op.binary." + op + ".broadcast",
                            Tolerance.ELEMENTWISE,
                            (b, s, r) -> {
                                Ref x = withCorners(Ref.uniform(r, -2, 2, 4, 1, 5));
                                Ref y = withCorners(Ref.uniform(r, -2, 2, 3, 1));
                                return down(b, s.track(b.binary(op, up(b, s, x), up(b, s, y))));
                            }));
        }
        for (CompareOp op : CompareOp.values()) {
            cases.add(
                    new Case(
                            "cross.op.compare." + op + ".broadcast-ties",
                            Tolerance.ELEMENTWISE,
                            (b, s, r) -> {
                                Ref x =
                                        withCorners(
                                                Ref.uniform(r, -2, 2, 4, 5).unary(UnaryOp.FLOOR));
                                Ref y = Ref.uniform(r, -2, 2, 5).unary(UnaryOp.FLOOR);
                                return down(b, s.track(b.compare(op, up(b, s, x), up(b, s, y))));
                            }));
        }
        cases.add(
                new Case(
                        "cross.op.where.broadcast",
                        Tolerance.ELEMENTWISE,
                        (b, s, r) -> {
                            Ref c = Ref.uniform(r, 0, 2, 4, 1).unary(UnaryOp.FLOOR);
                            Ref x = withCorners(Ref.uniform(r, -2, 2, 4, 5));
                            Ref y = Ref.uniform(r, -2, 2, 5);
                            return down(b, s.track(b.where(up(b, s, c), up(b, s, x), up(b, s, y))));
                        }));
    }

    private static void addAccumulating(List<Case> cases) {
        for (ReduceOp op : ReduceOp.values()) {
            cases.add(
                    new Case(
                            "cross.op.reduce." + op + ".axes-0-2-keep",
                            Tolerance.ACCUMULATED,
                            (b, s, r) -> {
                                Tensor x = up(b, s, Ref.uniform(r, 0, 2, 6, 7, 8));
                                return down(b, s.track(b.reduce(op, x, new int[] {0, 2}, true)));
                            }));
            cases.add(
                    new Case(
                            "cross.op.reduce." + op + ".nan-and-infinity",
                            Tolerance.ACCUMULATED,
                            (b, s, r) -> {
                                Tensor x = up(b, s, withCorners(Ref.uniform(r, -2, 2, 5, 6)));
                                return down(b, s.track(b.reduce(op, x, new int[] {1}, false)));
                            }));
        }
        cases.add(
                new Case(
                        "cross.op.argMax.ties-and-nan",
                        Tolerance.ELEMENTWISE,
                        (b, s, r) -> {
                            Ref x =
                                    Ref.uniform(r, 0, 3, 6, 7)
                                            .unary(UnaryOp.FLOOR)
                                            .with(9, Double.NaN);
                            return down(b, s.track(b.argMax(up(b, s, x), 1)));
                        }));
        for (int variant = 0; variant < 4; variant++) {
            boolean ta = (variant & 1) != 0;
            boolean tb = (variant & 2) != 0;
            cases.add(
                    new Case(
                            "cross.op.matmul.transpose-" + ta + "-" + tb,
                            Tolerance.ACCUMULATED,
                            (b, s, r) -> {
                                Ref x = Ref.uniform(r, -1, 1, ta ? 47 : 33, ta ? 33 : 47);
                                Ref y = Ref.uniform(r, -1, 1, tb ? 29 : 47, tb ? 47 : 29);
                                return down(b, s.track(b.matmul(up(b, s, x), up(b, s, y), ta, tb)));
                            }));
        }
    }

    private static void addShapeOps(List<Case> cases) {
        cases.add(
                new Case(
                        "cross.op.shape.reshape-transpose-slice-concat",
                        Tolerance.ELEMENTWISE,
                        (b, s, r) -> {
                            Tensor x = up(b, s, Ref.uniform(r, -1, 1, 2, 3, 4));
                            Tensor reshaped = s.track(b.reshape(x, new int[] {4, -1}));
                            Tensor transposed = s.track(b.transpose(x, new int[] {2, 0, 1}));
                            Tensor sliced =
                                    s.track(b.slice(x, new int[] {1, 0, 1}, new int[] {1, -1, 2}));
                            Tensor joined = s.track(b.concat(List.of(x, x), 1));
                            return down(b, reshaped, transposed, sliced, joined);
                        }));
        cases.add(
                new Case(
                        "cross.op.shape.gather-oneHot-cast",
                        Tolerance.ELEMENTWISE,
                        (b, s, r) -> {
                            Tensor x = up(b, s, Ref.uniform(r, -1, 1, 5, 3));
                            Tensor indices =
                                    s.track(b.fromHost(NDArray.of(new int[] {4, 0, 4, 2}, 2, 2)));
                            Tensor gathered = s.track(b.gather(x, indices, 0));
                            Tensor hot = s.track(b.oneHot(indices, 5));
                            Ref wide = Ref.vector(3e9, -3e9, Double.NaN, -2.7, 2.7, 0.5);
                            Tensor cast = s.track(b.cast(up(b, s, wide), DType.INT32));
                            return down(b, gathered, hot, cast);
                        }));
    }

    private static void addFused(List<Case> cases) {
        cases.add(
                new Case(
                        "cross.op.fused.dense-rank-3",
                        Tolerance.ACCUMULATED,
                        (b, s, r) -> {
                            Tensor x = up(b, s, Ref.uniform(r, -1, 1, 5, 3, 16));
                            Tensor k = up(b, s, Ref.uniform(r, -1, 1, 16, 8));
                            Tensor bias = up(b, s, Ref.uniform(r, -1, 1, 8));
                            return down(b, s.track(b.dense(x, k, bias)));
                        }));
        for (int axis : new int[] {0, -1}) {
            cases.add(
                    new Case(
                            "cross.op.fused.softmax-logSoftmax-axis-" + axis,
                            Tolerance.ACCUMULATED,
                            (b, s, r) -> {
                                Tensor x = up(b, s, Ref.uniform(r, -30, 30, 6, 10));
                                return down(
                                        b,
                                        s.track(b.softmax(x, axis)),
                                        s.track(b.logSoftmax(x, axis)));
                            }));
        }
        cases.add(
                new Case(
                        "cross.op.fused.softmaxCrossEntropy",
                        Tolerance.ACCUMULATED,
                        (b, s, r) -> {
                            Tensor logits = up(b, s, Ref.uniform(r, -5, 5, 8, 10));
                            Tensor labels = up(b, s, Ref.uniform(r, 0, 1, 8, 10).softmax(1));
                            return down(b, s.track(b.softmaxCrossEntropy(logits, labels)));
                        }));
    }

    private static void addOptimizers(List<Case> cases) {
        cases.add(
                optimizer(
                        "cross.op.sgdUpdate.nesterov",
                        (b, p, g, st) -> {
                            b.sgdUpdate(p, g, st[0], 0.1, 0.9, true);
                        },
                        1));
        cases.add(
                optimizer(
                        "cross.op.rmspropUpdate",
                        (b, p, g, st) -> {
                            b.rmspropUpdate(p, g, st[0], 0.01, 0.9, 1e-7);
                        },
                        1));
        cases.add(
                optimizer(
                        "cross.op.adamUpdate.amsgrad",
                        (b, p, g, st) -> {
                            b.adamUpdate(p, g, st[0], st[1], st[2], 0.001, 0.9, 0.999, 1e-7);
                        },
                        3));
    }

    /** One optimizer step on a parameter, its gradient and its state. */
    @FunctionalInterface
    interface Step {
        void apply(Backend backend, Tensor param, Tensor grad, Tensor[] state);
    }

    private static Case optimizer(String id, Step step, int stateCount) {
        return new Case(
                id,
                Tolerance.ACCUMULATED,
                (b, s, r) -> {
                    Tensor param = up(b, s, Ref.uniform(r, -1, 1, 37, 29));
                    Tensor[] state = new Tensor[stateCount];
                    for (int i = 0; i < stateCount; i++) {
                        state[i] = s.track(b.full(new int[] {37, 29}, DType.FLOAT32, 0));
                    }
                    for (int t = 0; t < 3; t++) {
                        step.apply(b, param, up(b, s, Ref.uniform(r, -1, 1, 37, 29)), state);
                    }
                    List<NDArray> out = down(b, param);
                    out.addAll(down(b, state));
                    return out;
                });
    }
}
