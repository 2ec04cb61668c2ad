package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.layers.BaseLayer;
import org.jkeras.layers.ForwardPass;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.Tensor;

/**
 * Runs one layer outside a model on the cpu-java backend: its output, the losses it adds, and a
 * check of its gradients (for the input and every weight) against central finite differences.
 */
final class LayerFixtures {

    private LayerFixtures() {}

    /** The output of a layer and the values of the losses it added, read back to the host. */
    record Result(NDArray output, List<Double> losses) {}

    /** Builds {@code layer} for samples of the shape of {@code x} without its batch axis. */
    static <T extends BaseLayer> T built(Backend backend, T layer, NDArray x) {
        int[] shape = x.shape();
        int[] sample = new int[shape.length - 1];
        System.arraycopy(shape, 1, sample, 0, sample.length);
        layer.build(backend, sample, new SeededRandom(5));
        return layer;
    }

    /** Runs a built layer over the batch {@code x}. */
    static Result run(Backend backend, BaseLayer layer, NDArray x, boolean training, long seed) {
        try (Tensor input = backend.fromHost(x);
                ForwardPass pass = new ForwardPass(backend, training, new SeededRandom(seed))) {
            GradientTape tape = pass.tape();
            List<Variable> weights = new ArrayList<>();
            for (Tensor weight : layer.weightTensors()) {
                weights.add(tape.constant(weight));
            }
            Variable output = layer.call(pass, weights, tape.constant(input));
            List<Double> losses = new ArrayList<>();
            for (Variable loss : pass.losses()) {
                losses.add((double) backend.toHost(loss.value()).toFloatArray()[0]);
            }
            return new Result(backend.toHost(output.value()), losses);
        }
    }

    /** Returns the output of a built layer in inference mode. */
    static float[] forward(Backend backend, BaseLayer layer, NDArray x) {
        return run(backend, layer, x, false, 1).output().toFloatArray();
    }

    /**
     * Checks the tape's gradients of {@code sum(layer(x) * r)}, for a fixed random {@code r}, with
     * respect to {@code x} and to each weight, against central differences in double.
     */
    static void assertGradientsMatchFiniteDifferences(Backend backend, BaseLayer layer, NDArray x) {
        NDArray r = MathFixtures.random(77, run(backend, layer, x, false, 1).output().shape());
        List<float[]> analytic = analytic(backend, layer, x, r);
        List<NDArray> weights = layer.getWeights();
        double step = 1e-2;
        float[] base = x.toFloatArray();
        for (int j = 0; j < base.length; j++) {
            double numeric =
                    (weighted(backend, layer, perturbed(x, j, step), r)
                                    - weighted(backend, layer, perturbed(x, j, -step), r))
                            / (2 * step);
            assertClose(numeric, analytic.get(0)[j], "d/dx[" + j + "]");
        }
        for (int w = 0; w < weights.size(); w++) {
            float[] values = weights.get(w).toFloatArray();
            for (int j = 0; j < values.length; j++) {
                layer.setWeights(replaced(weights, w, perturbed(weights.get(w), j, step)));
                double plus = weighted(backend, layer, x, r);
                layer.setWeights(replaced(weights, w, perturbed(weights.get(w), j, -step)));
                double minus = weighted(backend, layer, x, r);
                layer.setWeights(weights);
                assertClose(
                        (plus - minus) / (2 * step),
                        analytic.get(w + 1)[j],
                        "d/dweight" + w + "[" + j + "]");
            }
        }
    }

    private static List<float[]> analytic(Backend backend, BaseLayer layer, NDArray x, NDArray r) {
        try (Tensor input = backend.fromHost(x);
                Tensor rTensor = backend.fromHost(r);
                ForwardPass pass = new ForwardPass(backend, false, new SeededRandom(1))) {
            GradientTape tape = pass.tape();
            List<Variable> sources = new ArrayList<>();
            sources.add(tape.watch(input));
            for (Tensor weight : layer.weightTensors()) {
                sources.add(tape.watch(weight));
            }
            Variable output = layer.call(pass, sources.subList(1, sources.size()), sources.get(0));
            Variable target = tape.binary(BinaryOp.MUL, output, tape.constant(rTensor));
            List<float[]> grads = new ArrayList<>();
            for (Tensor grad : tape.gradient(target, sources)) {
                grads.add(backend.toHost(grad).toFloatArray());
            }
            assertEquals(sources.size(), grads.size());
            return grads;
        }
    }

    private static double weighted(Backend backend, BaseLayer layer, NDArray x, NDArray r) {
        float[] output = forward(backend, layer, x);
        float[] weights = r.toFloatArray();
        double sum = 0;
        for (int i = 0; i < output.length; i++) {
            sum += (double) output[i] * weights[i];
        }
        return sum;
    }

    private static void assertClose(double numeric, double actual, String what) {
        double tolerance = 2e-3 + 1e-2 * Math.abs(numeric);
        assertTrue(
                Math.abs(actual - numeric) <= tolerance,
                what + ": tape " + actual + ", numeric " + numeric);
    }

    private static List<NDArray> replaced(List<NDArray> weights, int index, NDArray value) {
        List<NDArray> copy = new ArrayList<>(weights);
        copy.set(index, value);
        return copy;
    }

    private static NDArray perturbed(NDArray array, int index, double delta) {
        float[] values = array.toFloatArray();
        values[index] += (float) delta;
        return NDArray.of(values, array.shape());
    }
}
