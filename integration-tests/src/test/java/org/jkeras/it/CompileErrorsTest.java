package org.jkeras.it;

import static org.jkeras.it.FailedCalls.assertFailsChangingNothing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.CompileOptions;
import org.jkeras.Metric;
import org.jkeras.it.FailedCalls.Trained;
import org.jkeras.metrics.MetricFunction;
import org.jkeras.metrics.Metrics;
import org.junit.jupiter.api.Test;

/**
 * The seed's compile Raises: a bad optimizer, loss, metric or sample weight mode is an {@link
 * IllegalArgumentException} naming the argument, and a compiled model keeps its weights, its
 * optimizer's state and its metrics.
 */
class CompileErrorsTest {

    private static final TestData DATA = TestData.generate(10, 4, 3, 5);

    private final Trained trained = FailedCalls.trained(new TestModels(), DATA);

    private IllegalArgumentException compileFails(CompileOptions options) {
        return assertFailsChangingNothing(
                IllegalArgumentException.class,
                trained,
                List.of(),
                () -> trained.model().compile(options));
    }

    @Test
    void unknownLossNameKeepsTheEarlierConfiguration() {
        IllegalArgumentException e = compileFails(CompileOptions.of("sgd", "msee"));
        assertTrue(e.getMessage().startsWith("loss: unknown name 'msee'; known: "), e.getMessage());
        assertTrue(e.getMessage().contains("mean_squared_error"), e.getMessage());
    }

    @Test
    void missingLossSaysWhatALossMayBe() {
        IllegalArgumentException e = compileFails(CompileOptions.defaults().optimizer("sgd"));
        assertEquals(
                "loss must be a name (such as mse or categorical_crossentropy), a loss of the"
                        + " jkeras engine (see org.jkeras.losses) or a map keyed by the output"
                        + " layer's name 'dense_2'. Received: null",
                e.getMessage());
    }

    @Test
    void missingOptimizerSaysWhatAnOptimizerMayBe() {
        IllegalArgumentException e = compileFails(CompileOptions.defaults().loss("mse"));
        assertEquals(
                "optimizer must be a name (sgd, rmsprop, adagrad, adadelta, adam, adamax, nadam)"
                        + " or an optimizer of the jkeras engine (see org.jkeras.optimizers)."
                        + " Received: null",
                e.getMessage());
    }

    @Test
    void sampleWeightModeOtherThanTemporalKeepsTheEarlierConfiguration() {
        IllegalArgumentException e =
                compileFails(CompileOptions.of("sgd", "mse").sampleWeightMode("Temporal"));
        assertEquals(
                "sampleWeightMode must be null or 'temporal'. Received: 'Temporal'",
                e.getMessage());
    }

    @Test
    void unknownWeightedMetricNameIsNamedWithItsPosition() {
        IllegalArgumentException e =
                compileFails(
                        CompileOptions.of("sgd", "mse")
                                .metrics(List.of("mae"))
                                .weightedMetrics(List.of("mse", "maee")));
        assertTrue(
                e.getMessage().startsWith("weightedMetrics[1]: unknown name 'maee'; known: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("mae"), e.getMessage());
    }

    @Test
    void metricFromOutsideTheEngineIsRejected() {
        Metric foreign = () -> "foreign";
        IllegalArgumentException e =
                compileFails(CompileOptions.of("sgd", "mse").metrics(List.of("mae", foreign)));
        assertEquals(
                "metrics[1] must be a metric name (such as accuracy) or a metric of the jkeras"
                        + " engine (see org.jkeras.metrics). Received: the foreign metric foreign",
                e.getMessage());
    }

    @Test
    void metricObjectGivenTwiceIsRejectedSinceItKeepsState() {
        MetricFunction mae = Metrics.resolve("mae", "mse", new int[] {3});
        IllegalArgumentException e =
                compileFails(
                        CompileOptions.of("sgd", "mse")
                                .metrics(List.of(mae))
                                .weightedMetrics(List.of(mae)));
        assertEquals(
                "weightedMetrics[0] must be a metric object not used elsewhere in compile, since a"
                        + " metric keeps running state. Received: the metric 'mae' a second time",
                e.getMessage());
    }

    @Test
    void twoMetricsOfOneNameAreRejected() {
        IllegalArgumentException e =
                compileFails(CompileOptions.of("sgd", "mse").metrics(List.of("mae", "mae")));
        assertEquals(
                "metrics must have distinct names other than 'loss'. Received: [mae, mae]",
                e.getMessage());
    }

    @Test
    void targetTensorsOfTheWrongShapeKeepTheEarlierConfiguration() {
        IllegalArgumentException e =
                compileFails(
                        CompileOptions.of("sgd", "categorical_crossentropy")
                                .targetTensors(DATA.oneHot.rows(0, 2).reshape(3, 2)));
        assertEquals(
                "targetTensors must be an array of shape [samples, 3] for the loss"
                        + " categorical_crossentropy. Received: an array of shape [3, 2]",
                e.getMessage());
    }
}
