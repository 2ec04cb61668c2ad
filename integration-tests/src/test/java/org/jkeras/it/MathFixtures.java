package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.Tensor;

/** Shared helpers of the math tests: the cpu-java backend and a finite-difference checker. */
final class MathFixtures {

    private MathFixtures() {}

    /** A function of watched inputs, recorded on a tape. */
    interface TapeFunction {
        Variable apply(GradientTape tape, List<Variable> inputs);
    }

    /** Creates the cpu-java backend through the service loader, as users get it. */
    static Backend cpuBackend() {
        for (BackendProvider provider : ServiceLoader.load(BackendProvider.class)) {
            if (provider.name().equals("cpu-java")) {
                return provider.create();
            }
        }
        throw new IllegalStateException("the cpu-java backend is not on the test classpath");
    }

    static NDArray random(long seed, int... shape) {
        return new SeededRandom(seed).uniform(shape, -1, 1);
    }

    /** Draws values whose magnitude is in [0.5, 1.5], with random signs: away from kinks at 0. */
    static NDArray awayFromZero(long seed, int... shape) {
        SeededRandom random = new SeededRandom(seed);
        float[] values = random.uniform(shape, 0.5, 1.5).toFloatArray();
        for (int i = 0; i < values.length; i++) {
            if (random.nextFloat() < 0.5f) {
                values[i] = -values[i];
            }
        }
        return NDArray.of(values, shape);
    }

    static NDArray positive(long seed, int... shape) {
        return new SeededRandom(seed).uniform(shape, 0.5, 2);
    }

    static float[] host(Backend backend, Tensor tensor) {
        return backend.toHost(tensor).toFloatArray();
    }

    static void assertClose(float[] expected, float[] actual, double tolerance) {
        assertEquals(expected.length, actual.length, "length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, "element " + i);
        }
    }

    /**
     * Checks the tape's gradients of {@code sum(f(inputs) * w)}, for a fixed random {@code w},
     * against central finite differences computed in double on the host.
     */
    static void assertGradientsMatchFiniteDifferences(
            Backend backend, TapeFunction function, NDArray... inputs) {
        NDArray weights = weightsFor(backend, function, inputs);
        List<float[]> analytic = analyticGradients(backend, function, weights, inputs);
        double step = 1e-2;
        for (int i = 0; i < inputs.length; i++) {
            float[] base = inputs[i].toFloatArray();
            assertEquals(base.length, analytic.get(i).length, "gradient size of input " + i);
            for (int j = 0; j < base.length; j++) {
                NDArray[] plus = inputs.clone();
                NDArray[] minus = inputs.clone();
                plus[i] = perturbed(inputs[i], j, step);
                minus[i] = perturbed(inputs[i], j, -step);
                double numeric =
                        (weightedSum(backend, function, weights, plus)
                                        - weightedSum(backend, function, weights, minus))
                                / (2 * step);
                double actual = analytic.get(i)[j];
                double tolerance = 1e-2 + 1e-2 * Math.abs(numeric);
                assertTrue(
                        Math.abs(actual - numeric) <= tolerance,
                        "d/d input " + i + "[" + j + "]: tape " + actual + ", numeric " + numeric);
            }
        }
    }

    /** Returns the tape's gradient of {@code sum(f(inputs))} with respect to each input. */
    static List<float[]> gradients(Backend backend, TapeFunction function, NDArray... inputs) {
        return analyticGradients(backend, function, null, inputs);
    }

    private static List<float[]> analyticGradients(
            Backend backend, TapeFunction function, NDArray weights, NDArray... inputs) {
        List<Tensor> values = upload(backend, inputs);
        try (GradientTape tape = new GradientTape(backend)) {
            List<Variable> watched = new ArrayList<>();
            for (Tensor value : values) {
                watched.add(tape.watch(value));
            }
            Variable output = function.apply(tape, watched);
            Variable target = output;
            if (weights != null) {
                Tensor w = backend.fromHost(weights);
                values.add(w);
                target = tape.binary(BinaryOp.MUL, output, tape.constant(w));
            }
            List<float[]> result = new ArrayList<>();
            for (Tensor grad : tape.gradient(target, watched)) {
                result.add(host(backend, grad));
            }
            for (int i = 0; i < inputs.length; i++) {
                assertArrayEquals(inputs[i].shape(), watched.get(i).shape(), "shape " + i);
            }
            return result;
        } finally {
            values.forEach(Tensor::close);
        }
    }

    private static NDArray weightsFor(Backend backend, TapeFunction function, NDArray[] inputs) {
        List<Tensor> values = upload(backend, inputs);
        try (GradientTape tape = new GradientTape(backend)) {
            List<Variable> constants = new ArrayList<>();
            for (Tensor value : values) {
                constants.add(tape.constant(value));
            }
            return random(99, function.apply(tape, constants).shape());
        } finally {
            values.forEach(Tensor::close);
        }
    }

    private static double weightedSum(
            Backend backend, TapeFunction function, NDArray weights, NDArray[] inputs) {
        List<Tensor> values = upload(backend, inputs);
        try (GradientTape tape = new GradientTape(backend)) {
            List<Variable> constants = new ArrayList<>();
            for (Tensor value : values) {
                constants.add(tape.constant(value));
            }
            float[] output = host(backend, function.apply(tape, constants).value());
            float[] w = weights.toFloatArray();
            double sum = 0;
            for (int i = 0; i < output.length; i++) {
                sum += (double) output[i] * w[i];
            }
            return sum;
        } finally {
            values.forEach(Tensor::close);
        }
    }

    private static List<Tensor> upload(Backend backend, NDArray[] inputs) {
        List<Tensor> values = new ArrayList<>();
        for (NDArray input : inputs) {
            values.add(backend.fromHost(input));
        }
        return values;
    }

    private static NDArray perturbed(NDArray array, int index, double delta) {
        float[] values = array.toFloatArray();
        values[index] += (float) delta;
        return NDArray.of(values, array.shape());
    }
}
