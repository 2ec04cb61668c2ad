package org.jkeras.it;

import static org.jkeras.it.MathFixtures.assertGradientsMatchFiniteDifferences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.jkeras.activations.ActivationFunction;
import org.jkeras.activations.Activations;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Keras 2.2.4 activation against its formula evaluated in double on the host. */
class ActivationFunctionsTest {

    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double SELU_SCALE = 1.0507009873554804934193349852946;

    /** Inputs from -4 to 4 in steps of 0.25, as a batch of 3 rows of 11. */
    private static final NDArray GRID = grid();

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    private static NDArray grid() {
        float[] values = new float[33];
        for (int i = 0; i < values.length; i++) {
            values[i] = -4 + 0.25f * i;
        }
        return NDArray.of(values, 3, 11);
    }

    private static float[] apply(ActivationFunction function, NDArray x) {
        try (Tensor value = backend.fromHost(x);
                GradientTape tape = new GradientTape(backend)) {
            return backend.toHost(function.apply(tape, tape.constant(value)).value())
                    .toFloatArray();
        }
    }

    private static void assertMatches(DoubleUnaryOperator expected, float[] inputs, float[] out) {
        for (int i = 0; i < inputs.length; i++) {
            double want = expected.applyAsDouble(inputs[i]);
            assertEquals(want, out[i], 1e-6 + 1e-6 * Math.abs(want), "at x = " + inputs[i]);
        }
    }

    private static double elu(double x, double alpha) {
        return x > 0 ? x : alpha * Math.expm1(x);
    }

    static Stream<Arguments> elementwise() {
        return Stream.of(
                Arguments.of("linear", (DoubleUnaryOperator) x -> x),
                Arguments.of("relu", (DoubleUnaryOperator) x -> Math.max(x, 0)),
                Arguments.of("sigmoid", (DoubleUnaryOperator) x -> 1 / (1 + Math.exp(-x))),
                Arguments.of("tanh", (DoubleUnaryOperator) Math::tanh),
                Arguments.of(
                        "hard_sigmoid",
                        (DoubleUnaryOperator) x -> Math.min(1, Math.max(0, 0.2 * x + 0.5))),
                Arguments.of("softplus", (DoubleUnaryOperator) x -> Math.log(Math.exp(x) + 1)),
                Arguments.of("softsign", (DoubleUnaryOperator) x -> x / (Math.abs(x) + 1)),
                Arguments.of("exponential", (DoubleUnaryOperator) Math::exp),
                Arguments.of("elu", (DoubleUnaryOperator) x -> elu(x, 1)),
                Arguments.of("selu", (DoubleUnaryOperator) x -> SELU_SCALE * elu(x, SELU_ALPHA)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementwise")
    void namedActivationMatchesItsKerasFormula(String name, DoubleUnaryOperator formula) {
        assertMatches(formula, GRID.toFloatArray(), apply(Activations.get(name), GRID));
    }

    static Stream<Arguments> rectifiers() {
        return Stream.of(
                Arguments.of(0.0, null, 0.0),
                Arguments.of(0.3, null, 0.0),
                Arguments.of(0.0, 6.0, 0.0),
                Arguments.of(0.0, 1.5, 0.0),
                Arguments.of(0.2, 1.4, 0.2),
                Arguments.of(0.1, null, 1.0),
                Arguments.of(0.0, 2.0, 0.5));
    }

    /** Keras 2.2.4's documented piecewise form of {@code relu(x, alpha, max_value, threshold)}. */
    private static double relu(double x, double alpha, Double maxValue, double threshold) {
        if (maxValue != null && x >= maxValue) {
            return maxValue;
        }
        return x >= threshold ? (x == threshold ? 0 : x) : alpha * (x - threshold);
    }

    @ParameterizedTest(name = "alpha={0}, maxValue={1}, threshold={2}")
    @MethodSource("rectifiers")
    void reluWithArgumentsMatchesItsKerasFormula(double alpha, Double maxValue, double threshold) {
        float[] out = apply(Activations.relu(alpha, maxValue, threshold), GRID);
        assertMatches(x -> relu(x, alpha, maxValue, threshold), GRID.toFloatArray(), out);
    }

    @ParameterizedTest(name = "alpha={0}, maxValue={1}, threshold={2}")
    @MethodSource("rectifiers")
    void reluWithArgumentsHasFiniteDifferenceGradients(
            double alpha, Double maxValue, double threshold) {
        ActivationFunction relu = Activations.relu(alpha, maxValue, threshold);
        // Values at least 0.05 away from every kink (0, 0.2, 0.5, 1, 1.4, 1.5, 2, 6).
        float[] values = {-2.1f, -0.7f, 0.1f, 0.35f, 0.8f, 1.25f, 1.7f, 7f};
        NDArray x = NDArray.of(values, 2, 4);
        assertGradientsMatchFiniteDifferences(
                backend, (tape, in) -> relu.apply(tape, in.get(0)), x);
    }

    @Test
    void eluTakesItsAlpha() {
        assertMatches(x -> elu(x, 0.5), GRID.toFloatArray(), apply(Activations.elu(0.5), GRID));
    }

    @Test
    void eluWithAlphaHasFiniteDifferenceGradients() {
        ActivationFunction elu = Activations.elu(2.5);
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> elu.apply(tape, in.get(0)),
                MathFixtures.awayFromZero(8, 3, 4));
    }

    @Test
    void softmaxOfRankThreeNormalizesTheGivenAxis() {
        NDArray x = MathFixtures.random(3, 2, 3, 4);
        float[] in = x.toFloatArray();
        float[] out = apply(Activations.softmax(1), x);
        for (int b = 0; b < 2; b++) {
            for (int k = 0; k < 4; k++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < 3; j++) {
                    max = Math.max(max, in[b * 12 + j * 4 + k]);
                }
                double sum = 0;
                for (int j = 0; j < 3; j++) {
                    sum += Math.exp(in[b * 12 + j * 4 + k] - max);
                }
                for (int j = 0; j < 3; j++) {
                    int i = b * 12 + j * 4 + k;
                    assertEquals(Math.exp(in[i] - max) / sum, out[i], 1e-6, "element " + i);
                }
            }
        }
    }

    @Test
    void softmaxOfRankTwoUsesTheLastAxisWhateverTheAxis() {
        NDArray x = NDArray.of(new float[][] {{0, (float) Math.log(3)}, {1, 1}});
        float[] out = apply(Activations.softmax(0), x);
        assertMatches(v -> v, new float[] {0.25f, 0.75f, 0.5f, 0.5f}, out);
    }

    @Test
    void softmaxWithAxisHasFiniteDifferenceGradients() {
        ActivationFunction softmax = Activations.softmax(1);
        assertGradientsMatchFiniteDifferences(
                backend,
                (tape, in) -> softmax.apply(tape, in.get(0)),
                MathFixtures.random(4, 2, 3, 2));
    }

    @Test
    void softmaxRejectsAnAxisBeyondTheInput() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> apply(Activations.softmax(3), MathFixtures.random(1, 2, 2, 2)));
        assertEquals(
                "axis of softmax must be in [-3, 3) for an input of rank 3. Received: 3",
                e.getMessage());
    }

    @Test
    void reluRejectsANonFiniteMaxValue() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> Activations.relu(0, Double.NaN, 0));
        assertEquals("maxValue must be a finite number. Received: NaN", e.getMessage());
    }
}
