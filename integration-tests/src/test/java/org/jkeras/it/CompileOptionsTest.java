package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.jkeras.CompileOptions;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.losses.Losses;
import org.jkeras.metrics.MetricFunction;
import org.jkeras.metrics.Metrics;
import org.jkeras.ndarray.NDArray;
import org.jkeras.optimizers.SGD;
import org.junit.jupiter.api.Test;

/** Every argument of {@code compile}, through {@link CompileOptions}. */
class CompileOptionsTest {

    private static final FitOptions QUIET = FitOptions.defaults().verbose(0);

    private final TestModels models = new TestModels();

    private static double evaluateLoss(SequentialModel model) {
        return model.evaluate(
                        LinearFixture.x(), LinearFixture.y(), EvaluateOptions.defaults().verbose(0))
                .get(0);
    }

    @Test
    void optimizerObjectIsTheOneThatUpdatesTheWeights() {
        SGD sgd = new SGD().lr(0.05);
        SequentialModel model =
                LinearFixture.create(models, CompileOptions.of(sgd, Losses.get("mse")));
        model.fit(LinearFixture.x(), LinearFixture.y(), QUIET.batchSize(2).epochs(3));
        assertEquals(6, sgd.iterations());
    }

    @Test
    void lossObjectIsTheLossOptimised() {
        SequentialModel model =
                LinearFixture.create(
                        models, CompileOptions.defaults().optimizer("sgd").loss(Losses.get("mae")));
        double[] absolute = LinearFixture.absoluteErrors();
        double expected = (absolute[0] + absolute[1] + absolute[2] + absolute[3]) / 4;
        assertEquals(expected, evaluateLoss(model), 1e-6);
    }

    @Test
    void lossMapKeyedByTheOutputNameGivesTheOutputsLoss() {
        SequentialModel model =
                LinearFixture.create(
                        models, CompileOptions.of("sgd", "mse").loss(Map.of("out", "mae")));
        double[] absolute = LinearFixture.absoluteErrors();
        double expected = (absolute[0] + absolute[1] + absolute[2] + absolute[3]) / 4;
        assertEquals(expected, evaluateLoss(model), 1e-6);
    }

    @Test
    void lossMapWithAnotherKeyNamesTheOutput() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                LinearFixture.create(
                                        models,
                                        CompileOptions.of("sgd", "mse")
                                                .loss(Map.of("dense_9", "mae"))));
        assertEquals(
                "loss: unknown entry 'dense_9' in the map; the only output is ['out']. Received:"
                        + " keys [dense_9]",
                e.getMessage());
    }

    @Test
    void metricsMapKeyedByTheOutputNameGivesTheOutputsMetrics() {
        SequentialModel model =
                LinearFixture.create(
                        models,
                        CompileOptions.of("sgd", "mse")
                                .metrics(Map.of("out", List.of("mae", "mse"))));
        assertEquals(List.of("loss", "mae", "mse"), model.metricsNames());
    }

    @Test
    void metricObjectsAreReportedUnderTheirNames() {
        MetricFunction metric = Metrics.resolve("mae", "mse", new int[] {1});
        SequentialModel model =
                LinearFixture.create(
                        models, CompileOptions.of("sgd", "mse").metrics(List.of(metric)));
        double[] absolute = LinearFixture.absoluteErrors();
        List<Double> results =
                model.evaluate(
                        LinearFixture.x(),
                        LinearFixture.y(),
                        EvaluateOptions.defaults().verbose(0));
        assertEquals(List.of("loss", "mae"), model.metricsNames());
        assertEquals(
                (absolute[0] + absolute[1] + absolute[2] + absolute[3]) / 4, results.get(1), 1e-6);
    }

    @Test
    void weightedMetricsComeAfterThePlainOnesWithTheirPrefix() {
        SequentialModel model =
                LinearFixture.create(
                        models,
                        CompileOptions.of("sgd", "mse")
                                .metrics(List.of("mae"))
                                .weightedMetrics(List.of("mae", "mse")));
        assertEquals(List.of("loss", "mae", "weighted_mae", "weighted_mse"), model.metricsNames());
    }

    @Test
    void sampleWeightModeOtherThanTemporalIsRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                LinearFixture.create(
                                        models,
                                        CompileOptions.of("sgd", "mse")
                                                .sampleWeightMode("temporall")));
        assertEquals(
                "sampleWeightMode must be null or 'temporal'. Received: 'temporall'",
                e.getMessage());
    }

    @Test
    void targetTensorsTrainLikeTheSameTargetsGivenToFit() {
        SequentialModel fixed =
                LinearFixture.create(
                        models, CompileOptions.of("sgd", "mse").targetTensors(LinearFixture.y()));
        SequentialModel given = LinearFixture.create(models, CompileOptions.of("sgd", "mse"));
        List<Double> fixedLoss =
                fixed.fit(LinearFixture.x(), null, QUIET.batchSize(2).shuffle(false).epochs(2))
                        .history()
                        .get("loss");
        List<Double> givenLoss =
                given.fit(
                                LinearFixture.x(),
                                LinearFixture.y(),
                                QUIET.batchSize(2).shuffle(false).epochs(2))
                        .history()
                        .get("loss");
        assertEquals(givenLoss, fixedLoss);
        assertEquals(given.getWeights(), fixed.getWeights());
    }

    @Test
    void targetTensorsServeEvaluateAndTheBatchMethods() {
        SequentialModel model =
                LinearFixture.create(
                        models, CompileOptions.of("sgd", "mse").targetTensors(LinearFixture.y()));
        double expected =
                LinearFixture.weightedMean(
                        LinearFixture.squaredErrors(), new double[] {1, 1, 1, 1});
        assertEquals(
                expected,
                model.evaluate(LinearFixture.x(), null, EvaluateOptions.defaults().verbose(0))
                        .get(0),
                1e-6);
        assertEquals(expected, model.testOnBatch(LinearFixture.x(), null).get(0), 1e-6);
        assertEquals(expected, model.trainOnBatch(LinearFixture.x(), null).get(0), 1e-6);
    }

    @Test
    void targetTensorsOfTheWrongShapeAreRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                LinearFixture.create(
                                        models,
                                        CompileOptions.of("sgd", "mse")
                                                .targetTensors(NDArray.of(new float[] {1, 2}))));
        assertEquals(
                "targetTensors must be an array of shape [samples, 1] for the loss"
                        + " mse. Received: an array of shape [2]",
                e.getMessage());
    }

    @Test
    void compileReplacesAnEarlierConfiguration() {
        SequentialModel model =
                LinearFixture.create(
                        models, CompileOptions.of("sgd", "mse").metrics(List.of("mae")));
        model.compile(CompileOptions.of("adam", "mae"));
        assertEquals(List.of("loss"), model.metricsNames());
        double[] absolute = LinearFixture.absoluteErrors();
        assertEquals(
                (absolute[0] + absolute[1] + absolute[2] + absolute[3]) / 4,
                evaluateLoss(model),
                1e-6);
    }

    @Test
    void targetTensorsMustHaveOneRowPerInputSample() {
        SequentialModel model =
                LinearFixture.create(
                        models, CompileOptions.of("sgd", "mse").targetTensors(LinearFixture.y()));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.fit(LinearFixture.x().rows(0, 3), null, QUIET));
        assertEquals(
                "targetTensors must have as many samples as x (3). Received: 4 samples",
                e.getMessage());
    }
}
