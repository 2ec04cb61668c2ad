package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jkeras.CompileOptions;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.PredictOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** {@code trainOnBatch}, {@code testOnBatch} and {@code predictOnBatch} on exactly one batch. */
class BatchMethodsTest {

    private static final TestData DATA = TestData.generate(10, 4, 3, 5);

    private final TestModels models = new TestModels();

    private static EvaluateOptions evaluateQuietly(int batchSize) {
        return EvaluateOptions.defaults().verbose(0).batchSize(batchSize);
    }

    @Test
    void trainOnBatchReturnsTheLossAndMetricsBeforeTheUpdate() {
        SequentialModel model = models.small(1, 4, "sgd");
        List<Double> before = model.evaluate(DATA.x, DATA.oneHot, evaluateQuietly(10));
        List<Double> trained = model.trainOnBatch(DATA.x, DATA.oneHot);
        assertEquals(2, trained.size());
        assertEquals(before.get(0), trained.get(0), 1e-6);
        assertEquals(before.get(1), trained.get(1), 1e-6);
        assertNotEquals(
                before.get(0), model.evaluate(DATA.x, DATA.oneHot, evaluateQuietly(10)).get(0));
    }

    @Test
    void trainOnBatchMakesTheUpdateOfOneFullBatchOfFit() {
        SequentialModel stepped = models.small(1, 4, "rmsprop");
        SequentialModel fitted = models.small(1, 4, "rmsprop");
        stepped.trainOnBatch(DATA.x, DATA.oneHot);
        fitted.fit(
                DATA.x, DATA.oneHot, FitOptions.defaults().verbose(0).batchSize(10).shuffle(false));
        assertEquals(fitted.getWeights(), stepped.getWeights());
    }

    @Test
    void trainOnBatchOfTheLinearModelTakesOneSgdStep() {
        SequentialModel model = LinearFixture.create(models, CompileOptions.of("sgd", "mse"));
        model.trainOnBatch(LinearFixture.x(), LinearFixture.y());
        double[] gradient = LinearFixture.mseGradient();
        float[] kernel = model.getWeights().get(0).toFloatArray();
        assertEquals(LinearFixture.KERNEL[0] - 0.01 * gradient[0], kernel[0], 1e-6);
        assertEquals(LinearFixture.KERNEL[1] - 0.01 * gradient[1], kernel[1], 1e-6);
        assertEquals(
                LinearFixture.BIAS - 0.01 * gradient[2],
                model.getWeights().get(1).toFloatArray()[0],
                1e-6);
    }

    @Test
    void testOnBatchEqualsEvaluateOnTheSameBatchAndChangesNothing() {
        SequentialModel model = models.small(1, 4, "sgd");
        List<NDArray> before = model.getWeights();
        List<Double> tested = model.testOnBatch(DATA.x, DATA.oneHot);
        List<Double> evaluated = model.evaluate(DATA.x, DATA.oneHot, evaluateQuietly(10));
        assertEquals(evaluated.get(0), tested.get(0), 1e-6);
        assertEquals(evaluated.get(1), tested.get(1), 1e-6);
        assertEquals(before, model.getWeights());
    }

    @Test
    void testOnBatchWeighsTheLossBySampleWeight() {
        SequentialModel model = LinearFixture.create(models, CompileOptions.of("sgd", "mse"));
        double[] weights = {0, 1, 1, 2};
        double loss =
                model.testOnBatch(
                                LinearFixture.x(),
                                LinearFixture.y(),
                                NDArray.of(new float[] {0, 1, 1, 2}))
                        .get(0);
        assertEquals(
                LinearFixture.weightedMean(LinearFixture.squaredErrors(), weights), loss, 1e-6);
    }

    @Test
    void predictOnBatchEqualsPredict() {
        SequentialModel model = models.small(1, 4, "sgd");
        NDArray predicted = model.predict(DATA.x, PredictOptions.defaults().batchSize(3));
        NDArray onBatch = model.predictOnBatch(DATA.x);
        assertArrayEquals(predicted.shape(), onBatch.shape());
        assertArrayEquals(predicted.toFloatArray(), onBatch.toFloatArray(), 1e-6f);
    }

    @Test
    void predictOnBatchNeedsNoCompile() {
        SequentialModel model = models.empty(1);
        model.add(new Dense(2).inputShape(4));
        assertArrayEquals(new int[] {10, 2}, model.predictOnBatch(DATA.x).shape());
    }

    @Test
    void trainOnBatchBeforeCompileIsAnIllegalState() {
        SequentialModel model = models.empty(1);
        model.add(new Dense(3).inputShape(4));
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class, () -> model.trainOnBatch(DATA.x, DATA.oneHot));
        assertEquals(
                "trainOnBatch: the model must be compiled first; call compile(optimizer, loss,"
                        + " metrics) after the last add or pop",
                e.getMessage());
    }

    @Test
    void testOnBatchBeforeCompileIsAnIllegalState() {
        SequentialModel model = models.empty(1);
        model.add(new Dense(3).inputShape(4));
        assertThrows(IllegalStateException.class, () -> model.testOnBatch(DATA.x, DATA.oneHot));
    }
}
