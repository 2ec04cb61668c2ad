package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.jkeras.CompileOptions;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.TrainOnBatchOptions;
import org.jkeras.ValidationData;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/**
 * Sample, class and temporal weights as Keras 2.2.4 applies them: {@code mean(l * w) / mean(w !=
 * 0)} per batch, class weights on training batches only.
 */
class SampleWeightingTest {

    private static final double[] WEIGHTS = {1, 2, 0, 3};
    private static final FitOptions QUIET = FitOptions.defaults().verbose(0);

    private final TestModels models = new TestModels();

    private static NDArray weights() {
        float[] values = new float[WEIGHTS.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) WEIGHTS[i];
        }
        return NDArray.of(values);
    }

    private static EvaluateOptions evaluateQuietly(int batchSize) {
        return EvaluateOptions.defaults().verbose(0).batchSize(batchSize);
    }

    @Test
    void weightedLossIsDividedByTheFractionOfNonZeroWeights() {
        SequentialModel model = LinearFixture.create(models, CompileOptions.of("sgd", "mse"));
        double loss =
                model.evaluate(
                                LinearFixture.x(),
                                LinearFixture.y(),
                                evaluateQuietly(4).sampleWeight(weights()))
                        .get(0);
        double expected = LinearFixture.weightedMean(LinearFixture.squaredErrors(), WEIGHTS);
        assertEquals(expected, loss, 1e-6);
    }

    @Test
    void weightedEvaluateNormalisesEachBatchThenWeighsBatchesBySize() {
        SequentialModel model = LinearFixture.create(models, CompileOptions.of("sgd", "mse"));
        double loss =
                model.evaluate(
                                LinearFixture.x(),
                                LinearFixture.y(),
                                evaluateQuietly(2).sampleWeight(weights()))
                        .get(0);
        double[] errors = LinearFixture.squaredErrors();
        double first =
                LinearFixture.weightedMean(
                        new double[] {errors[0], errors[1]}, new double[] {WEIGHTS[0], WEIGHTS[1]});
        double second =
                LinearFixture.weightedMean(
                        new double[] {errors[2], errors[3]}, new double[] {WEIGHTS[2], WEIGHTS[3]});
        assertEquals((first * 2 + second * 2) / 4, loss, 1e-6);
    }

    @Test
    void weightedMetricsAreWeightedAndPlainMetricsAreNot() {
        SequentialModel model =
                LinearFixture.create(
                        models,
                        CompileOptions.of("sgd", "mse")
                                .metrics(List.of("mae"))
                                .weightedMetrics(List.of("mae")));
        List<Double> results =
                model.evaluate(
                        LinearFixture.x(),
                        LinearFixture.y(),
                        evaluateQuietly(4).sampleWeight(weights()));
        double[] absolute = LinearFixture.absoluteErrors();
        double plain = (absolute[0] + absolute[1] + absolute[2] + absolute[3]) / 4;
        assertEquals(List.of("loss", "mae", "weighted_mae"), model.metricsNames());
        assertEquals(plain, results.get(1), 1e-6);
        assertEquals(LinearFixture.weightedMean(absolute, WEIGHTS), results.get(2), 1e-6);
    }

    @Test
    void classWeightWeighsEachSampleByTheClassOfItsOneHotTarget() {
        TestData data = TestData.generate(12, 4, 3, 7);
        Map<Integer, Double> classWeight = Map.of(0, 1.0, 1, 2.5, 2, 0.5);
        float[] perSample = new float[12];
        for (int i = 0; i < 12; i++) {
            perSample[i] = classWeight.get(data.labels[i]).floatValue();
        }
        SequentialModel byClass = models.small(3, 4, "sgd");
        SequentialModel bySample = models.small(3, 4, "sgd");
        List<Double> classResult =
                byClass.trainOnBatch(
                        data.x,
                        data.oneHot,
                        TrainOnBatchOptions.defaults().classWeight(classWeight));
        List<Double> sampleResult =
                bySample.trainOnBatch(
                        data.x,
                        data.oneHot,
                        TrainOnBatchOptions.defaults().sampleWeight(NDArray.of(perSample)));
        assertEquals(sampleResult, classResult);
        assertEquals(bySample.getWeights(), byClass.getWeights());
    }

    @Test
    void classWeightReadsAOneUnitTargetAsItsClass() {
        SequentialModel model = models.empty(2);
        model.add(new Dense(1).inputShape(2).activation("sigmoid"));
        model.compile("sgd", "binary_crossentropy");
        NDArray x = LinearFixture.x();
        NDArray y = NDArray.of(new float[] {1, 0, 1, 1}, 4, 1);
        double weighted = model.testOnBatch(x, y, NDArray.of(new float[] {3, 1, 3, 3})).get(0);
        SequentialModel twin = models.empty(2);
        twin.add(new Dense(1).inputShape(2).activation("sigmoid"));
        twin.compile("sgd", "binary_crossentropy");
        double byClass =
                twin.trainOnBatch(
                                x,
                                y,
                                TrainOnBatchOptions.defaults().classWeight(Map.of(0, 1.0, 1, 3.0)))
                        .get(0);
        assertEquals(weighted, byClass, 1e-6);
    }

    @Test
    void classWeightLeavesSplitOffValidationUnweighted() {
        TestData data = TestData.generate(10, 4, 3, 5);
        SequentialModel model = models.small(1, 4, "sgd");
        Map<Integer, Double> classWeight = Map.of(0, 5.0, 1, 0.1, 2, 2.0);
        History history =
                model.fit(data.x, data.oneHot, QUIET.validationSplit(0.3).classWeight(classWeight));
        double unweighted =
                model.evaluate(data.x.rows(7, 10), data.oneHot.rows(7, 10), evaluateQuietly(32))
                        .get(0);
        assertEquals(unweighted, history.history().get("val_loss").get(0), 1e-6);
    }

    @Test
    void sampleWeightsOfSplitOffSamplesWeighTheValidationLoss() {
        TestData data = TestData.generate(10, 4, 3, 5);
        float[] values = {1, 2, 3, 1, 2, 3, 1, 4, 0, 2};
        SequentialModel model = models.small(1, 4, "sgd");
        History history =
                model.fit(
                        data.x,
                        data.oneHot,
                        QUIET.validationSplit(0.3).sampleWeight(NDArray.of(values)));
        double weighted =
                model.evaluate(
                                data.x.rows(7, 10),
                                data.oneHot.rows(7, 10),
                                evaluateQuietly(32).sampleWeight(NDArray.of(new float[] {4, 0, 2})))
                        .get(0);
        assertEquals(weighted, history.history().get("val_loss").get(0), 1e-6);
    }

    @Test
    void validationDataWithWeightsWeighsTheValidationLoss() {
        TestData data = TestData.generate(10, 4, 3, 5);
        NDArray valWeights = NDArray.of(new float[] {0, 1, 2, 3});
        SequentialModel model = models.small(1, 4, "sgd");
        History history =
                model.fit(
                        data.x,
                        data.oneHot,
                        QUIET.validationData(
                                new ValidationData(
                                        data.x.rows(0, 4), data.oneHot.rows(0, 4), valWeights)));
        double weighted =
                model.evaluate(
                                data.x.rows(0, 4),
                                data.oneHot.rows(0, 4),
                                evaluateQuietly(32).sampleWeight(valWeights))
                        .get(0);
        assertEquals(weighted, history.history().get("val_loss").get(0), 1e-6);
    }

    @Test
    void temporalWeightsWeighEachTimeStep() {
        SequentialModel model = models.empty(4);
        model.add(new Dense(1).inputShape(3, 2));
        model.compile(CompileOptions.of("sgd", "mse").sampleWeightMode("temporal"));
        float[] x = {1, 2, 0, -1, 3, 1, -2, 0.5f, 1, 1, 0, 2};
        float[] y = {1, 0, 2, -1, 0.5f, 1};
        float[] w = {1, 0, 2, 3, 0, 1};
        NDArray inputs = NDArray.of(x, 2, 3, 2);
        NDArray outputs = model.predict(inputs);
        double[] losses = new double[6];
        double[] weights = new double[6];
        for (int i = 0; i < 6; i++) {
            double error = outputs.toFloatArray()[i] - y[i];
            losses[i] = error * error;
            weights[i] = w[i];
        }
        double loss =
                model.evaluate(
                                inputs,
                                NDArray.of(y, 2, 3, 1),
                                evaluateQuietly(2).sampleWeight(NDArray.of(w, 2, 3)))
                        .get(0);
        assertEquals(LinearFixture.weightedMean(losses, weights), loss, 1e-6);
    }

    @Test
    void perSampleWeightsOnStepOutputsWeighEachSamplesMeanOverSteps() {
        SequentialModel model = models.empty(4);
        model.add(new Dense(1).inputShape(3, 2));
        model.compile("sgd", "mse");
        float[] x = {1, 2, 0, -1, 3, 1, -2, 0.5f, 1, 1, 0, 2};
        float[] y = {1, 0, 2, -1, 0.5f, 1};
        NDArray inputs = NDArray.of(x, 2, 3, 2);
        float[] outputs = model.predict(inputs).toFloatArray();
        double[] perSample = new double[2];
        for (int i = 0; i < 6; i++) {
            double error = outputs[i] - y[i];
            perSample[i / 3] += error * error / 3;
        }
        double loss =
                model.evaluate(
                                inputs,
                                NDArray.of(y, 2, 3, 1),
                                evaluateQuietly(2).sampleWeight(NDArray.of(new float[] {2, 1})))
                        .get(0);
        assertEquals(LinearFixture.weightedMean(perSample, new double[] {2, 1}), loss, 1e-6);
    }

    @Test
    void temporalWeightsWeighTheWeightedMetricsStepByStep() {
        SequentialModel model = models.empty(4);
        model.add(new Dense(1).inputShape(3, 2));
        model.compile(
                CompileOptions.of("sgd", "mse")
                        .sampleWeightMode("temporal")
                        .weightedMetrics(List.of("mae")));
        float[] x = {1, 2, 0, -1, 3, 1, -2, 0.5f, 1, 1, 0, 2};
        float[] y = {1, 0, 2, -1, 0.5f, 1};
        float[] w = {1, 0, 2, 3, 0, 1};
        NDArray inputs = NDArray.of(x, 2, 3, 2);
        float[] outputs = model.predict(inputs).toFloatArray();
        double[] absolute = new double[6];
        double[] weights = new double[6];
        for (int i = 0; i < 6; i++) {
            absolute[i] = Math.abs(outputs[i] - y[i]);
            weights[i] = w[i];
        }
        double metric =
                model.evaluate(
                                inputs,
                                NDArray.of(y, 2, 3, 1),
                                evaluateQuietly(2).sampleWeight(NDArray.of(w, 2, 3)))
                        .get(1);
        assertEquals(LinearFixture.weightedMean(absolute, weights), metric, 1e-6);
    }

    @Test
    void fitWithSampleWeightsTrainsOnTheWeightedLoss() {
        SequentialModel fitted = LinearFixture.create(models, CompileOptions.of("sgd", "mse"));
        SequentialModel stepped = LinearFixture.create(models, CompileOptions.of("sgd", "mse"));
        History history =
                fitted.fit(
                        LinearFixture.x(),
                        LinearFixture.y(),
                        QUIET.batchSize(4).shuffle(false).sampleWeight(weights()));
        stepped.trainOnBatch(
                LinearFixture.x(),
                LinearFixture.y(),
                TrainOnBatchOptions.defaults().sampleWeight(weights()));
        assertEquals(
                LinearFixture.weightedMean(LinearFixture.squaredErrors(), WEIGHTS),
                history.history().get("loss").get(0),
                1e-6);
        assertEquals(stepped.getWeights(), fitted.getWeights());
    }

    @Test
    void sampleWeightsFollowTheirSamplesThroughTheShuffle() {
        SequentialModel shuffled = LinearFixture.create(models, CompileOptions.of("sgd", "mse"));
        History history =
                shuffled.fit(
                        LinearFixture.x(),
                        LinearFixture.y(),
                        QUIET.batchSize(4).shuffle(true).sampleWeight(weights()));
        assertEquals(
                LinearFixture.weightedMean(LinearFixture.squaredErrors(), WEIGHTS),
                history.history().get("loss").get(0),
                1e-6);
    }
}
