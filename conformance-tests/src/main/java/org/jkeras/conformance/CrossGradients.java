package org.jkeras.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * The gradient cases of {@link CrossBackendKit}: the engine's tape differentiates {@code
 * sum(f(inputs) * w)} on each backend, and the gradients must agree. Inputs keep away from the
 * kinks of the op, so that both backends take the same branch.
 */
final class CrossGradients {

    /** Builds {@code f} on the tape from the watched inputs. */
    @FunctionalInterface
    interface Graph {
        Variable apply(GradientTape tape, List<Variable> x, Backend backend, Scope scope);
    }

    private CrossGradients() {}

    static void addTo(List<CrossCases.Case> cases) {
        for (UnaryOp op : UnaryOp.values()) {
            cases.add(
                    gradient(
                            "cross.gradient.unary." + op,
                            r -> List.of(Ref.awayFromZero(r, 0.2, 2, 3, 4)),
                            (tape, x, b, s) -> tape.unary(op, x.get(0))));
        }
        for (BinaryOp op : BinaryOp.values()) {
            cases.add(
                    gradient(
                            "cross.gradient.binary." + op + ".broadcast",
                            r ->
                                    List.of(
                                            Ref.uniform(r, 0.5, 2, 3, 1),
                                            Ref.uniform(r, 0.5, 2, 1, 4)),
                            (tape, x, b, s) -> tape.binary(op, x.get(0), x.get(1))));
        }
        for (ReduceOp op : ReduceOp.values()) {
            cases.add(
                    gradient(
                            "cross.gradient.reduce." + op,
                            r -> List.of(Ref.uniform(r, -2, 2, 3, 4, 5)),
                            (tape, x, b, s) -> tape.reduce(op, x.get(0), new int[] {1}, false)));
        }
        cases.add(
                gradient(
                        "cross.gradient.matmul.transpose-b",
                        r -> List.of(Ref.uniform(r, -1, 1, 6, 5), Ref.uniform(r, -1, 1, 4, 5)),
                        (tape, x, b, s) -> tape.matmul(x.get(0), x.get(1), false, true)));
        cases.add(
                gradient(
                        "cross.gradient.mlp-cross-entropy",
                        r ->
                                List.of(
                                        Ref.uniform(r, -1, 1, 8, 6),
                                        Ref.uniform(r, -1, 1, 6, 5),
                                        Ref.uniform(r, -0.1, 0.1, 5),
                                        Ref.uniform(r, -1, 1, 5, 3)),
                        (tape, x, b, s) -> {
                            Variable hidden =
                                    tape.unary(
                                            UnaryOp.TANH, tape.dense(x.get(0), x.get(1), x.get(2)));
                            Variable logits = tape.dense(hidden, x.get(3), null);
                            Tensor labels =
                                    s.track(
                                            b.fromHost(
                                                    NDArray.of(
                                                            new float[] {
                                                                1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0,
                                                                0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0
                                                            },
                                                            8,
                                                            3)));
                            return tape.softmaxCrossEntropy(logits, labels);
                        }));
    }

    private static CrossCases.Case gradient(
            String id,
            java.util.function.Function<SplittableRandom, List<Ref>> inputs,
            Graph graph) {
        return new CrossCases.Case(
                id,
                Tolerance.GRADIENT,
                (b, s, r) -> {
                    List<Ref> x = inputs.apply(r);
                    try (GradientTape tape = new GradientTape(b)) {
                        List<Variable> watched = new ArrayList<>();
                        for (Ref input : x) {
                            watched.add(tape.watch(CrossCases.up(b, s, input)));
                        }
                        Variable y = graph.apply(tape, watched, b, s);
                        Ref w = Ref.uniform(r, -1, 1, y.shape());
                        Variable weighted =
                                tape.binary(BinaryOp.MUL, y, tape.constant(CrossCases.up(b, s, w)));
                        List<Tensor> grads = tape.gradient(weighted, watched);
                        List<NDArray> out = CrossCases.down(b, y.value());
                        out.addAll(CrossCases.down(b, grads.toArray(new Tensor[0])));
                        return out;
                    }
                });
    }
}
