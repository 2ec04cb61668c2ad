package org.jkeras.it;

import static org.jkeras.it.MathFixtures.assertClose;
import static org.jkeras.it.MathFixtures.assertGradientsMatchFiniteDifferences;
import static org.jkeras.it.MathFixtures.host;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.losses.LossFunction;
import org.jkeras.losses.Losses;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LossesTest {

    private static final double EPSILON = 1e-7;

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    private static float[] perSample(String name, NDArray yTrue, NDArray yPred) {
        LossFunction loss = Losses.get(name);
        try (Tensor t = backend.fromHost(yTrue);
                Tensor p = backend.fromHost(yPred);
                GradientTape tape = new GradientTape(backend)) {
            return host(backend, loss.call(tape, tape.constant(t), tape.constant(p)).value());
        }
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    }

    @Test
    void meanSquaredErrorAveragesOverTheLastAxis() {
        NDArray yTrue = NDArray.of(new float[][] {{0, 1}, {2, 2}});
        NDArray yPred = NDArray.of(new float[][] {{1, 1}, {0, 3}});
        assertClose(new float[] {0.5f, 2.5f}, perSample("mse", yTrue, yPred), 1e-6);
    }

    @Test
    void meanAbsoluteErrorAveragesOverTheLastAxis() {
        NDArray yTrue = NDArray.of(new float[][] {{0, 1}, {2, 2}});
        NDArray yPred = NDArray.of(new float[][] {{1, 1}, {0, 3}});
        assertClose(new float[] {0.5f, 1.5f}, perSample("mae", yTrue, yPred), 1e-6);
    }

    @Test
    void categoricalCrossentropyRenormalizesAndClips() {
        NDArray yTrue = NDArray.of(new float[][] {{0, 1, 0}, {1, 0, 0}});
        NDArray yPred = NDArray.of(new float[][] {{0.2f, 0.6f, 0.2f}, {0, 1, 1}});
        float[] expected = {(float) -Math.log(0.6), (float) -Math.log(clip(0))};
        assertClose(expected, perSample("categorical_crossentropy", yTrue, yPred), 1e-5);
    }

    @Test
    void categoricalCrossentropyDividesByThePredictionSum() {
        NDArray yTrue = NDArray.of(new float[][] {{0, 1}});
        NDArray yPred = NDArray.of(new float[][] {{1, 3}});
        assertClose(
                new float[] {(float) -Math.log(0.75)},
                perSample("categorical_crossentropy", yTrue, yPred),
                1e-6);
    }

    @Test
    void binaryCrossentropyClipsThenAveragesOverTheLastAxis() {
        NDArray yTrue = NDArray.of(new float[][] {{1, 0}, {1, 1}});
        NDArray yPred = NDArray.of(new float[][] {{0.8f, 0.4f}, {1, 0.5f}});
        double first = (-Math.log(0.8) - Math.log(0.6)) / 2;
        double second = (-Math.log(clip(1)) - Math.log(0.5)) / 2;
        assertClose(
                new float[] {(float) first, (float) second},
                perSample("binary_crossentropy", yTrue, yPred),
                1e-5);
    }

    @Test
    void sparseCategoricalCrossentropyTakesIntegerLabels() {
        NDArray yTrue = NDArray.of(new int[] {1, 0});
        NDArray yPred = NDArray.of(new float[][] {{0.2f, 0.7f, 0.1f}, {0.5f, 0.25f, 0.25f}});
        assertClose(
                new float[] {(float) -Math.log(0.7), (float) -Math.log(0.5)},
                perSample("sparse_categorical_crossentropy", yTrue, yPred),
                1e-5);
    }

    @Test
    void sparseCategoricalCrossentropyAcceptsAColumnOfFloatLabels() {
        NDArray yTrue = NDArray.of(new float[][] {{2}});
        NDArray yPred = NDArray.of(new float[][] {{0.5f, 0.25f, 0.25f}});
        assertClose(
                new float[] {(float) -Math.log(0.25)},
                perSample("sparse_categorical_crossentropy", yTrue, yPred),
                1e-5);
    }

    @Test
    void hingeUsesTheMarginOfSignedLabels() {
        NDArray yTrue = NDArray.of(new float[][] {{1, -1}});
        NDArray yPred = NDArray.of(new float[][] {{0.3f, 0.5f}});
        assertClose(new float[] {(0.7f + 1.5f) / 2}, perSample("hinge", yTrue, yPred), 1e-6);
    }

    @Test
    void logcoshIsNearHalfTheSquareForSmallErrors() {
        NDArray yTrue = NDArray.of(new float[][] {{0, 0}});
        NDArray yPred = NDArray.of(new float[][] {{0.1f, 30}});
        double expected = (Math.log(Math.cosh(0.1)) + (30 - Math.log(2))) / 2;
        assertClose(new float[] {(float) expected}, perSample("logcosh", yTrue, yPred), 1e-4);
    }

    @Test
    void cosineProximityIsMinusTheCosine() {
        NDArray yTrue = NDArray.of(new float[][] {{1, 0}});
        NDArray yPred = NDArray.of(new float[][] {{1, 1}});
        assertClose(
                new float[] {(float) -Math.sqrt(0.5)},
                perSample("cosine_proximity", yTrue, yPred),
                1e-6);
    }

    @Test
    void rankThreeOutputGivesOneLossPerStep() {
        NDArray yTrue = NDArray.of(new float[2 * 3 * 4], 2, 3, 4);
        NDArray yPred = MathFixtures.random(1, 2, 3, 4);
        LossFunction loss = Losses.get("mse");
        try (Tensor t = backend.fromHost(yTrue);
                Tensor p = backend.fromHost(yPred);
                GradientTape tape = new GradientTape(backend)) {
            int[] shape = loss.call(tape, tape.constant(t), tape.constant(p)).shape();
            assertArrayEquals(new int[] {2, 3}, shape);
        }
    }

    @Test
    void sparseLossLeavesNoTensorOpenAfterTheTapeCloses() {
        TrackingBackend tracking = new TrackingBackend(backend);
        Backend tracked = tracking.backend();
        LossFunction loss = Losses.get("sparse_categorical_crossentropy");
        try (Tensor t = tracked.fromHost(NDArray.of(new float[] {1, 0}));
                Tensor p = tracked.fromHost(MathFixtures.positive(3, 2, 3))) {
            tracking.forget();
            try (GradientTape tape = new GradientTape(tracked)) {
                Variable pred = tape.watch(p);
                tape.gradient(loss.call(tape, tape.constant(t), pred), List.of(pred));
            }
            assertEquals(0, tracking.openCount());
        }
    }

    @Test
    void mismatchedTargetShapeIsRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                perSample(
                                        "mse",
                                        NDArray.of(new float[] {1, 2}),
                                        NDArray.of(new float[][] {{1}, {2}})));
        assertEquals(
                "mse: y_true must have the shape of y_pred [2, 1]. Received: [2]", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "mean_squared_error",
                "mean_absolute_error",
                "mean_absolute_percentage_error",
                "mean_squared_logarithmic_error",
                "squared_hinge",
                "hinge",
                "categorical_hinge",
                "logcosh",
                "categorical_crossentropy",
                "binary_crossentropy",
                "kullback_leibler_divergence",
                "poisson",
                "cosine_proximity"
            })
    void lossGradientMatchesFiniteDifferences(String name) {
        // No zero targets: MAPE divides by max(|y_true|, 1e-7), too steep for float32 differences.
        NDArray yTrue = NDArray.of(new float[][] {{0.1f, 0.8f, 0.1f}, {0.3f, 0.2f, 0.5f}});
        NDArray yPred = NDArray.of(new float[][] {{0.25f, 0.45f, 0.3f}, {0.6f, 0.15f, 0.25f}});
        LossFunction loss = Losses.get(name);
        try (Tensor t = backend.fromHost(yTrue)) {
            assertGradientsMatchFiniteDifferences(
                    backend, (tape, in) -> loss.call(tape, tape.constant(t), in.get(0)), yPred);
        }
    }

    @Test
    void sparseCategoricalCrossentropyGradientMatchesFiniteDifferences() {
        LossFunction loss = Losses.get("sparse_categorical_crossentropy");
        NDArray yPred = NDArray.of(new float[][] {{0.25f, 0.45f, 0.3f}, {0.6f, 0.15f, 0.25f}});
        try (Tensor t = backend.fromHost(NDArray.of(new int[] {1, 2}))) {
            assertGradientsMatchFiniteDifferences(
                    backend, (tape, in) -> loss.call(tape, tape.constant(t), in.get(0)), yPred);
        }
    }
}
