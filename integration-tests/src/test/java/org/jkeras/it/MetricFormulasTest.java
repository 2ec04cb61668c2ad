package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jkeras.losses.Losses;
import org.jkeras.metrics.BinaryAccuracy;
import org.jkeras.metrics.CategoricalAccuracy;
import org.jkeras.metrics.LossMetric;
import org.jkeras.metrics.MetricFunction;
import org.jkeras.metrics.Metrics;
import org.jkeras.metrics.SparseCategoricalAccuracy;
import org.jkeras.metrics.SparseTopKCategoricalAccuracy;
import org.jkeras.metrics.TopKCategoricalAccuracy;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The accuracy metrics, losses as metrics, and weighted metrics against their Keras 2.2.4 formulas
 * computed in float64 in the test, including ties and zero weights.
 */
class MetricFormulasTest {

    private static final float[][] SCORES = {
        {0.1f, 0.5f, 0.4f, 0.0f},
        {0.3f, 0.3f, 0.2f, 0.2f},
        {0.7f, 0.1f, 0.1f, 0.1f},
        {0.25f, 0.25f, 0.25f, 0.25f},
        {0.0f, 0.1f, 0.2f, 0.7f}
    };
    private static final int[] LABELS = {2, 2, 0, 3, 1};

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    private static double run(MetricFunction metric, NDArray yTrue, NDArray yPred) {
        try (Tensor t = backend.fromHost(yTrue);
                Tensor p = backend.fromHost(yPred)) {
            metric.update(backend, t, p);
        }
        return metric.result();
    }

    private static float[][] oneHot(int[] labels, int classes) {
        float[][] out = new float[labels.length][classes];
        for (int i = 0; i < labels.length; i++) {
            out[i][labels[i]] = 1;
        }
        return out;
    }

    /** TensorFlow's in_top_k: fewer than k classes score strictly higher than the true one. */
    private static double topKReference(int[] labels, float[][] scores, int k) {
        double hits = 0;
        for (int i = 0; i < labels.length; i++) {
            int higher = 0;
            for (float score : scores[i]) {
                if (score > scores[i][labels[i]]) {
                    higher++;
                }
            }
            hits += higher < k ? 1 : 0;
        }
        return hits / labels.length;
    }

    /** Argmax with the first of tied maxima, as TensorFlow's. */
    private static int argMax(float[] row) {
        int best = 0;
        for (int i = 1; i < row.length; i++) {
            if (row[i] > row[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double categoricalReference(int[] labels, float[][] scores) {
        double hits = 0;
        for (int i = 0; i < labels.length; i++) {
            hits += argMax(scores[i]) == labels[i] ? 1 : 0;
        }
        return hits / labels.length;
    }

    @Test
    void binaryAccuracyRoundsHalfToEvenAsTensorFlow() {
        float[][] yTrue = {{0, 1, 1, 0}, {1, 2, 0, 1}};
        float[][] yPred = {{0.5f, 0.5f, 0.51f, 0.49f}, {1.5f, 2.5f, -0.4f, 0.9f}};
        double perRowSum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            double hits = 0;
            for (int j = 0; j < yTrue[i].length; j++) {
                hits += Math.rint(yPred[i][j]) == yTrue[i][j] ? 1 : 0;
            }
            perRowSum += hits / yTrue[i].length;
        }
        double expected = perRowSum / yTrue.length;
        // Half-up rounding would give 0.5 (0.5 -> 1 and 2.5 -> 3 would miss).
        assertEquals(0.75, expected);
        assertEquals(expected, run(new BinaryAccuracy(), NDArray.of(yTrue), NDArray.of(yPred)));
    }

    @Test
    void categoricalAccuracyTakesTheFirstOfTiedMaxima() {
        double expected = categoricalReference(LABELS, SCORES);
        assertEquals(0.2, expected, 1e-12);
        assertEquals(
                expected,
                run(new CategoricalAccuracy(), NDArray.of(oneHot(LABELS, 4)), NDArray.of(SCORES)),
                1e-7);
    }

    @Test
    void sparseCategoricalAccuracyTakesIntegerLabels() {
        assertEquals(
                categoricalReference(LABELS, SCORES),
                run(new SparseCategoricalAccuracy(), NDArray.of(LABELS), NDArray.of(SCORES)),
                1e-7);
    }

    @Test
    void sparseCategoricalAccuracyTakesAFloatLabelColumn() {
        NDArray column = NDArray.of(new float[] {2, 2, 0, 3, 1}, 5, 1);
        assertEquals(
                categoricalReference(LABELS, SCORES),
                run(new SparseCategoricalAccuracy(), column, NDArray.of(SCORES)),
                1e-7);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void topKCategoricalAccuracyCountsTiesAtTheBoundaryAsIn(int k) {
        assertEquals(
                topKReference(LABELS, SCORES, k),
                run(
                        new TopKCategoricalAccuracy(k),
                        NDArray.of(oneHot(LABELS, 4)),
                        NDArray.of(SCORES)),
                1e-7);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void sparseTopKCategoricalAccuracyMatchesInTopK(int k) {
        assertEquals(
                topKReference(LABELS, SCORES, k),
                run(new SparseTopKCategoricalAccuracy(k), NDArray.of(LABELS), NDArray.of(SCORES)),
                1e-7);
    }

    @Test
    void topKByNameUsesFive() {
        MetricFunction topK = Metrics.resolve("top_k_categorical_accuracy", "mse", new int[] {6});
        int[] labels = {0, 0};
        float[][] scores = {
            {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f}, {0.2f, 0.1f, 0.3f, 0.4f, 0.5f, 0.6f}
        };
        assertEquals(
                topKReference(labels, scores, 5),
                run(topK, NDArray.of(oneHot(labels, 6)), NDArray.of(scores)));
        assertEquals(0.5, topK.result());
    }

    @Test
    void metricObjectsKeepTheKerasNameOrTheGivenOne() {
        assertEquals("top_k_categorical_accuracy", new TopKCategoricalAccuracy(3).name());
        assertEquals(
                "sparse_top_k_categorical_accuracy", new SparseTopKCategoricalAccuracy().name());
        assertEquals("top3", new TopKCategoricalAccuracy("top3", 3).name());
        assertEquals(3, new TopKCategoricalAccuracy(3).k());
        assertEquals("binary_accuracy", new BinaryAccuracy().name());
        assertEquals("mae", new LossMetric(Losses.get("mae")).name());
    }

    @Test
    void topKOfZeroIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new TopKCategoricalAccuracy(0));
        assertEquals("k must be >= 1. Received: 0", e.getMessage());
    }

    @Test
    void sparseLabelsOfTheWrongCountAreRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                run(
                                        new SparseCategoricalAccuracy(),
                                        NDArray.of(new int[] {1, 2}),
                                        NDArray.of(SCORES)));
        assertEquals(
                "y_true must hold one class index per row of y_pred [5, 4]. Received shape [2]",
                e.getMessage());
    }

    @Test
    void accuracyAndAccKeepTheirNamesAndResolveAsKeras() {
        assertInstanceOf(
                BinaryAccuracy.class, Metrics.resolve("acc", "binary_crossentropy", new int[] {4}));
        assertInstanceOf(
                SparseCategoricalAccuracy.class,
                Metrics.resolve("accuracy", "sparse_categorical_crossentropy", new int[] {4}));
        assertInstanceOf(
                CategoricalAccuracy.class, Metrics.resolve("accuracy", "mse", new int[] {4}));
        assertEquals("acc", Metrics.resolve("acc", "mse", new int[] {1}).name());
    }

    @Test
    void lossMetricIsTheMeanOfThePerSampleLoss() {
        float[][] yTrue = {{0.1f, 0.9f}, {0.5f, 0.5f}, {1, 0}};
        float[][] yPred = {{0.2f, 0.8f}, {0.9f, 0.1f}, {0.6f, 0.4f}};
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            for (int j = 0; j < 2; j++) {
                double q = Math.min(Math.max(yPred[i][j], 1e-7), 1 - 1e-7);
                sum += -(yTrue[i][j] * Math.log(q) + (1 - yTrue[i][j]) * Math.log(1 - q)) / 2;
            }
        }
        MetricFunction bce = Metrics.resolve("binary_crossentropy", "mse", new int[] {2});
        assertEquals(sum / 3, run(bce, NDArray.of(yTrue), NDArray.of(yPred)), 1e-6);
    }

    @Test
    void epochValueIsTheBatchSizeWeightedMeanOfBatchValues() {
        MetricFunction acc = new SparseCategoricalAccuracy("acc");
        int[] labelsA = {2, 1, 0};
        float[][] scoresA = {SCORES[0], SCORES[0], SCORES[2]};
        int[] labelsB = {3, 1};
        float[][] scoresB = {SCORES[3], SCORES[4]};
        run(acc, NDArray.of(labelsA), NDArray.of(scoresA));
        run(acc, NDArray.of(labelsB), NDArray.of(scoresB));
        double batchA = categoricalReference(labelsA, scoresA);
        double batchB = categoricalReference(labelsB, scoresB);
        assertEquals(2.0 / 3, batchA, 1e-12);
        assertEquals((batchA * 3 + batchB * 2) / 5, acc.result(), 1e-7);
    }

    @Test
    void resetForgetsEveryBatch() {
        MetricFunction acc = new SparseCategoricalAccuracy("acc");
        run(acc, NDArray.of(LABELS), NDArray.of(SCORES));
        acc.reset();
        assertEquals(Double.NaN, acc.result());
    }

    /** Keras 2.2.4's weighted metric of one batch: mean(v * w) / mean(w != 0). */
    private static double weightedBatch(double[] values, double[] weights) {
        double product = 0;
        double nonZero = 0;
        for (int i = 0; i < values.length; i++) {
            product += values[i] * weights[i];
            nonZero += weights[i] != 0 ? 1 : 0;
        }
        return (product / values.length) / (nonZero / values.length);
    }

    @Test
    void weightedMetricAveragesBatchesOfWeightedValuesBySize() {
        MetricFunction mse = Metrics.resolve("mse", "mse", new int[] {1});
        float[][] yPredA = {{1}, {2}, {3}};
        float[] weightsA = {0.5f, 0, 2};
        float[][] yPredB = {{-1}, {4}};
        float[] weightsB = {3, 1};
        update(mse, yPredA, weightsA);
        update(mse, yPredB, weightsB);
        double batchA = weightedBatch(new double[] {1, 4, 9}, new double[] {0.5, 0, 2});
        double batchB = weightedBatch(new double[] {1, 16}, new double[] {3, 1});
        assertEquals((batchA * 3 + batchB * 2) / 5, mse.result(), 1e-6);
    }

    private static void update(MetricFunction metric, float[][] yPred, float[] weights) {
        try (Tensor t =
                        backend.fromHost(
                                NDArray.zeros(org.jkeras.ndarray.DType.FLOAT32, yPred.length, 1));
                Tensor p = backend.fromHost(NDArray.of(yPred));
                Tensor w = backend.fromHost(NDArray.of(weights))) {
            metric.update(backend, t, p, w);
        }
    }

    @Test
    void temporalWeightsWeighEachStep() {
        MetricFunction acc = new CategoricalAccuracy("weighted_acc");
        float[][][] yTrue = {{{1, 0}, {0, 1}}, {{1, 0}, {1, 0}}};
        float[][][] yPred = {{{0.9f, 0.1f}, {0.8f, 0.2f}}, {{0.4f, 0.6f}, {0.7f, 0.3f}}};
        float[][] weights = {{1, 3}, {0, 2}};
        try (Tensor t = backend.fromHost(NDArray.of(yTrue));
                Tensor p = backend.fromHost(NDArray.of(yPred));
                Tensor w = backend.fromHost(NDArray.of(weights))) {
            acc.update(backend, t, p, w);
        }
        // Hits per step: 1, 0, 0, 1.
        double expected = weightedBatch(new double[] {1, 0, 0, 1}, new double[] {1, 3, 0, 2});
        assertEquals(expected, acc.result(), 1e-6);
    }
}
