package org.jkeras.it;

import static org.jkeras.it.MathFixtures.host;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.losses.Losses;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Keras 2 loss against {@link KerasLossFormulas}, its Keras 2.2.4 formula in float64: on
 * probabilities, on edge cases that exercise the clipping (zeros and ones), on signed values, and
 * on a temporal output.
 */
class LossFormulasTest {

    private static final double TOLERANCE = 1e-5;

    private static final float[][] TRUE = {
        {0.1f, 0.8f, 0.1f}, {0.3f, 0.2f, 0.5f}, {1, 0, 0}, {0, 0, 1}
    };
    private static final float[][] PRED = {
        {0.25f, 0.45f, 0.3f}, {0.6f, 0.15f, 0.25f}, {0.7f, 0.2f, 0.1f}, {0.05f, 0.05f, 0.9f}
    };

    /** Zero targets and predictions of exactly 0 and 1, where Keras clips. */
    private static final float[][] EDGE_TRUE = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 0}};

    private static final float[][] EDGE_PRED = {{0, 1, 0}, {1, 0, 0}, {0.5f, 0, 0.5f}, {0, 0, 1}};

    /** Labels of -1 and 1 against real-valued scores, the hinge losses' domain. */
    private static final float[][] SIGNED_TRUE = {{-1, 1, -1}, {1, 1, -1}};

    private static final float[][] SIGNED_PRED = {{0.3f, -2, 0.5f}, {1.5f, 0.2f, -0.4f}};

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    static Set<String> everyLoss() {
        return KerasLossFormulas.BY_NAME.keySet();
    }

    static List<String> lossesOfSignedValues() {
        return List.of(
                "mean_squared_error",
                "mean_absolute_error",
                "mean_absolute_percentage_error",
                "mean_squared_logarithmic_error",
                "squared_hinge",
                "hinge",
                "categorical_hinge",
                "logcosh",
                "binary_crossentropy",
                "kullback_leibler_divergence",
                "cosine_proximity");
    }

    private static float[] perSample(String name, NDArray yTrue, NDArray yPred) {
        try (Tensor t = backend.fromHost(yTrue);
                Tensor p = backend.fromHost(yPred);
                GradientTape tape = new GradientTape(backend)) {
            return host(
                    backend,
                    Losses.get(name).call(tape, tape.constant(t), tape.constant(p)).value());
        }
    }

    private static double[] expected(String name, float[][] yTrue, float[][] yPred) {
        double[] out = new double[yTrue.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = KerasLossFormulas.BY_NAME.get(name).of(toDouble(yTrue[i]), toDouble(yPred[i]));
        }
        return out;
    }

    private static double[] toDouble(float[] row) {
        double[] out = new double[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i];
        }
        return out;
    }

    private static void assertCloseTo(double[] expected, float[] actual) {
        assertEquals(expected.length, actual.length, "length");
        for (int i = 0; i < expected.length; i++) {
            double error = Math.abs(actual[i] - expected[i]);
            assertTrue(
                    error <= TOLERANCE * Math.max(1, Math.abs(expected[i])),
                    "sample " + i + ": expected " + expected[i] + ", got " + actual[i]);
        }
    }

    private static void assertMatches(String name, float[][] yTrue, float[][] yPred) {
        float[] actual = perSample(name, NDArray.of(yTrue), NDArray.of(yPred));
        assertCloseTo(expected(name, yTrue, yPred), actual);
    }

    @ParameterizedTest
    @MethodSource("everyLoss")
    void lossOfProbabilitiesMatchesTheKerasFormula(String name) {
        assertMatches(name, TRUE, PRED);
    }

    @ParameterizedTest
    @MethodSource("everyLoss")
    void lossOfZerosAndOnesMatchesTheClippedKerasFormula(String name) {
        assertMatches(name, EDGE_TRUE, EDGE_PRED);
    }

    @ParameterizedTest
    @MethodSource("lossesOfSignedValues")
    void lossOfSignedValuesMatchesTheKerasFormula(String name) {
        assertMatches(name, SIGNED_TRUE, SIGNED_PRED);
    }

    @ParameterizedTest
    @MethodSource("everyLoss")
    void temporalOutputGivesTheKerasLossOfEachStep(String name) {
        NDArray yTrue = NDArray.of(flat(TRUE), 2, 2, 3);
        NDArray yPred = NDArray.of(flat(PRED), 2, 2, 3);
        float[] actual = perSample(name, yTrue, yPred);
        assertCloseTo(expected(name, TRUE, PRED), actual);
        try (Tensor t = backend.fromHost(yTrue);
                Tensor p = backend.fromHost(yPred);
                GradientTape tape = new GradientTape(backend)) {
            int[] shape = Losses.get(name).call(tape, tape.constant(t), tape.constant(p)).shape();
            assertArrayEquals(new int[] {2, 2}, shape);
        }
    }

    private static float[] flat(float[][] rows) {
        float[] out = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * rows[0].length, rows[0].length);
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "mse, mean_squared_error",
        "mae, mean_absolute_error",
        "mape, mean_absolute_percentage_error",
        "msle, mean_squared_logarithmic_error",
        "kld, kullback_leibler_divergence",
        "cosine, cosine_proximity"
    })
    void aliasGivesTheValuesOfItsLoss(String alias, String name) {
        assertCloseTo(
                expected(name, TRUE, PRED), perSample(alias, NDArray.of(TRUE), NDArray.of(PRED)));
        assertEquals(alias, Losses.get(alias).name());
    }

    private static double[] sparseExpected(int[] labels, float[][] yPred) {
        double[] out = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = KerasLossFormulas.sparseCategoricalCrossentropy(labels[i], toDouble(yPred[i]));
        }
        return out;
    }

    @Test
    void sparseCrossentropyOfIntegerLabelsMatchesTheKerasFormula() {
        int[] labels = {1, 2, 0, 2};
        float[] actual =
                perSample("sparse_categorical_crossentropy", NDArray.of(labels), NDArray.of(PRED));
        assertCloseTo(sparseExpected(labels, PRED), actual);
    }

    @Test
    void sparseCrossentropyOfAFloatLabelColumnMatchesTheKerasFormula() {
        int[] labels = {0, 0, 1, 2};
        NDArray column = NDArray.of(new float[] {0, 0, 1, 2}, 4, 1);
        float[] actual = perSample("sparse_categorical_crossentropy", column, NDArray.of(PRED));
        assertCloseTo(sparseExpected(labels, PRED), actual);
    }

    @Test
    void sparseCrossentropyClipsPredictionsOfZeroAndOne() {
        int[] labels = {0, 1, 1, 2};
        float[] actual =
                perSample(
                        "sparse_categorical_crossentropy",
                        NDArray.of(labels),
                        NDArray.of(EDGE_PRED));
        assertCloseTo(sparseExpected(labels, EDGE_PRED), actual);
        assertTrue(actual[0] > 16, "the log of the clipped zero: " + actual[0]);
    }

    @Test
    void sparseCrossentropyOfATemporalOutputGivesOneLossPerStep() {
        int[] labels = {1, 2, 0, 2};
        float[] actual =
                perSample(
                        "sparse_categorical_crossentropy",
                        NDArray.of(labels, 2, 2),
                        NDArray.of(flat(PRED), 2, 2, 3));
        assertCloseTo(sparseExpected(labels, PRED), actual);
    }
}
