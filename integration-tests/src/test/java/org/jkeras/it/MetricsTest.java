package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jkeras.metrics.MetricFunction;
import org.jkeras.metrics.Metrics;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricsTest {

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    private static void update(MetricFunction metric, NDArray yTrue, NDArray yPred) {
        try (Tensor t = backend.fromHost(yTrue);
                Tensor p = backend.fromHost(yPred)) {
            metric.update(backend, t, p);
        }
    }

    /** Two classes where argmax and rounding disagree: argmax picks class 1, rounding gives 0s. */
    private static final NDArray TWO_CLASS_PRED = NDArray.of(new float[][] {{0.3f, 0.4f}});

    private static final NDArray TWO_CLASS_TRUE = NDArray.of(new float[][] {{0, 1}});

    @Test
    void accuracyWithCategoricalCrossentropyComparesArgmax() {
        MetricFunction acc = Metrics.resolve("accuracy", "categorical_crossentropy", new int[] {2});
        update(acc, TWO_CLASS_TRUE, TWO_CLASS_PRED);
        assertEquals(1.0, acc.result());
    }

    @Test
    void accuracyWithBinaryCrossentropyRoundsEachOutput() {
        MetricFunction acc = Metrics.resolve("acc", "binary_crossentropy", new int[] {2});
        update(acc, TWO_CLASS_TRUE, TWO_CLASS_PRED);
        assertEquals(0.5, acc.result());
    }

    @Test
    void accuracyOfASingleUnitOutputIsBinary() {
        MetricFunction acc = Metrics.resolve("accuracy", "mean_squared_error", new int[] {1});
        update(
                acc,
                NDArray.of(new float[][] {{1}, {0}, {1}, {0}}),
                NDArray.of(new float[][] {{0.6f}, {0.4f}, {0.2f}, {0.9f}}));
        assertEquals(0.5, acc.result());
    }

    @Test
    void accuracyWithSparseCategoricalCrossentropyComparesLabelsToArgmax() {
        MetricFunction acc =
                Metrics.resolve("accuracy", "sparse_categorical_crossentropy", new int[] {3});
        update(
                acc,
                NDArray.of(new int[] {2, 0, 1}),
                NDArray.of(new float[][] {{0, 0.1f, 0.9f}, {0.2f, 0.7f, 0.1f}, {0, 1, 0}}));
        assertEquals(2.0 / 3, acc.result(), 1e-6);
    }

    @Test
    void epochResultWeighsBatchesBySize() {
        MetricFunction acc = Metrics.resolve("accuracy", "categorical_crossentropy", new int[] {2});
        update(
                acc,
                NDArray.of(new float[][] {{1, 0}, {1, 0}, {1, 0}}),
                NDArray.of(new float[][] {{0.9f, 0.1f}, {0.8f, 0.2f}, {0.7f, 0.3f}}));
        update(acc, NDArray.of(new float[][] {{1, 0}}), NDArray.of(new float[][] {{0.1f, 0.9f}}));
        assertEquals(0.75, acc.result());
    }

    @Test
    void resetForgetsEarlierBatches() {
        MetricFunction acc = Metrics.resolve("accuracy", "categorical_crossentropy", new int[] {2});
        update(acc, NDArray.of(new float[][] {{1, 0}}), NDArray.of(new float[][] {{0.1f, 0.9f}}));
        acc.reset();
        update(acc, NDArray.of(new float[][] {{1, 0}}), NDArray.of(new float[][] {{0.9f, 0.1f}}));
        assertEquals(1.0, acc.result());
    }

    @Test
    void lossNameAsMetricReportsTheMeanLoss() {
        MetricFunction mae = Metrics.resolve("mae", "mse", new int[] {2});
        update(
                mae,
                NDArray.of(new float[][] {{0, 0}, {0, 0}}),
                NDArray.of(new float[][] {{1, 3}, {0, 2}}));
        assertEquals(1.5, mae.result(), 1e-6);
        assertEquals("mae", mae.name());
    }

    @Test
    void weightedUpdateDividesByTheShareOfNonZeroWeights() {
        MetricFunction mae = Metrics.resolve("mae", "mse", new int[] {1});
        try (Tensor t = backend.fromHost(NDArray.of(new float[][] {{0}, {0}, {0}, {0}}));
                Tensor p = backend.fromHost(NDArray.of(new float[][] {{1}, {2}, {3}, {4}}));
                Tensor w = backend.fromHost(NDArray.of(new float[] {2, 0, 1, 0}))) {
            mae.update(backend, t, p, w);
        }
        // mean(values * w) = (2 + 3) / 4, divided by mean(w != 0) = 1/2.
        assertEquals(2.5, mae.result(), 1e-6);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "binary_accuracy",
                "categorical_accuracy",
                "top_k_categorical_accuracy",
                "categorical_crossentropy"
            })
    void updateClosesEveryTensorItCreates(String name) {
        TrackingBackend tracking = new TrackingBackend(backend);
        Backend tracked = tracking.backend();
        MetricFunction metric = Metrics.resolve(name, "mse", new int[] {2});
        try (Tensor t = tracked.fromHost(TWO_CLASS_TRUE);
                Tensor p = tracked.fromHost(TWO_CLASS_PRED);
                Tensor w = tracked.fromHost(NDArray.of(new float[] {1}))) {
            tracking.forget();
            metric.update(tracked, t, p);
            metric.update(tracked, t, p, w);
            assertEquals(0, tracking.openCount());
        }
    }

    @Test
    void sparseUpdateClosesEveryTensorItCreates() {
        TrackingBackend tracking = new TrackingBackend(backend);
        Backend tracked = tracking.backend();
        MetricFunction metric =
                Metrics.resolve("acc", "sparse_categorical_crossentropy", new int[] {2});
        try (Tensor t = tracked.fromHost(NDArray.of(new int[] {1}));
                Tensor p = tracked.fromHost(TWO_CLASS_PRED)) {
            tracking.forget();
            metric.update(tracked, t, p);
            assertEquals(0, tracking.openCount());
            assertEquals(1.0, metric.result());
        }
    }

    @Test
    void topKCategoricalAccuracyCountsTheTrueClassAmongTheHighest() {
        MetricFunction topK = Metrics.resolve("top_k_categorical_accuracy", "mse", new int[] {6});
        update(
                topK,
                NDArray.of(new float[][] {{1, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0}}),
                NDArray.of(
                        new float[][] {
                            {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f},
                            {0.6f, 0.5f, 0.4f, 0.3f, 0.2f, 0.1f}
                        }));
        assertEquals(0.5, topK.result());
    }
}
