package org.jkeras.it;

import static org.jkeras.it.MathFixtures.assertClose;
import static org.jkeras.it.MathFixtures.assertGradientsMatchFiniteDifferences;
import static org.jkeras.it.MathFixtures.awayFromZero;
import static org.jkeras.it.MathFixtures.host;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.params.provider.ValueSource;

class ActivationsTest {

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    private static float[] apply(String name, NDArray x) {
        ActivationFunction activation = Activations.get(name);
        try (Tensor value = backend.fromHost(x);
                GradientTape tape = new GradientTape(backend)) {
            return host(backend, activation.apply(tape, tape.constant(value)).value());
        }
    }

    @Test
    void linearReturnsItsInput() {
        assertClose(new float[] {-2, 3}, apply("linear", NDArray.of(new float[] {-2, 3})), 0);
    }

    @Test
    void hardSigmoidIsTheKerasTwoTwoClip() {
        float[] out = apply("hard_sigmoid", NDArray.of(new float[] {-3, -1, 0, 1, 3}));
        assertClose(new float[] {0, 0.3f, 0.5f, 0.7f, 1}, out, 1e-6);
    }

    @Test
    void softplusDoesNotOverflowForLargeInputs() {
        float[] out = apply("softplus", NDArray.of(new float[] {-100, 0, 100}));
        assertClose(new float[] {0, (float) Math.log(2), 100}, out, 1e-6);
    }

    @Test
    void eluCurvesBelowZeroAndIsLinearAbove() {
        float[] out = apply("elu", NDArray.of(new float[] {-1, 2}));
        assertClose(new float[] {(float) Math.expm1(-1), 2}, out, 1e-6);
    }

    @Test
    void eluGradientStaysFiniteForLargeInputs() {
        float[] grad =
                MathFixtures.gradients(
                                backend,
                                (tape, in) -> Activations.get("elu").apply(tape, in.get(0)),
                                NDArray.of(new float[] {1000, -1000}))
                        .get(0);
        assertClose(new float[] {1, 0}, grad, 0);
    }

    @Test
    void softmaxNormalizesTheLastAxis() {
        float[] out = apply("softmax", NDArray.of(new float[][] {{0, (float) Math.log(3)}}));
        assertClose(new float[] {0.25f, 0.75f}, out, 1e-6);
    }

    @Test
    void softmaxOfAVectorIsRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> apply("softmax", NDArray.of(new float[] {1, 2})));
        assertTrue(e.getMessage().startsWith("softmax needs an input of rank 2"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "relu",
                "sigmoid",
                "tanh",
                "softmax",
                "hard_sigmoid",
                "softplus",
                "softsign",
                "exponential",
                "elu",
                "selu"
            })
    void activationGradientMatchesFiniteDifferences(String name) {
        ActivationFunction activation = Activations.get(name);
        assertEquals(name, activation.name());
        assertGradientsMatchFiniteDifferences(
                backend, (tape, in) -> activation.apply(tape, in.get(0)), awayFromZero(50, 3, 4));
    }
}
