package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.PredictOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.layers.Dropout;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

class EvaluatePredictTest {

    private static final TestData DATA = TestData.generate(23, 6, 3, 9);

    private final TestModels models = new TestModels();

    private static EvaluateOptions evaluateBatches(int size) {
        return EvaluateOptions.defaults().batchSize(size).verbose(0);
    }

    @Test
    void evaluateIsTheSameWhateverTheBatchSize() {
        SequentialModel model = models.small(1, 6, "sgd");
        List<Double> whole = model.evaluate(DATA.x, DATA.oneHot, evaluateBatches(23));
        List<Double> ones = model.evaluate(DATA.x, DATA.oneHot, evaluateBatches(1));
        List<Double> sevens = model.evaluate(DATA.x, DATA.oneHot, evaluateBatches(7));
        assertEquals(whole.get(0), ones.get(0), 1e-6);
        assertEquals(whole.get(0), sevens.get(0), 1e-6);
        assertEquals(whole.get(1), ones.get(1), 1e-6);
        assertEquals(whole.get(1), sevens.get(1), 1e-6);
    }

    @Test
    void evaluateLossIsTheMeanOfPerSampleLosses() {
        SequentialModel model = models.small(1, 6, "sgd");
        double sum = 0;
        for (int i = 0; i < 23; i++) {
            sum +=
                    model.evaluate(
                                    DATA.x.rows(i, i + 1),
                                    DATA.oneHot.rows(i, i + 1),
                                    evaluateBatches(1))
                            .get(0);
        }
        assertEquals(
                sum / 23, model.evaluate(DATA.x, DATA.oneHot, evaluateBatches(5)).get(0), 1e-6);
    }

    @Test
    void evaluateReturnsTheLossAloneWithoutMetrics() {
        SequentialModel model = models.empty(1);
        model.add(new Dense(3).inputShape(6));
        model.compile("sgd", "mse");
        assertEquals(1, model.evaluate(DATA.x, DATA.oneHot, evaluateBatches(8)).size());
    }

    @Test
    void predictKeepsTheInputOrder() {
        SequentialModel model = models.small(1, 6, "sgd");
        NDArray all = model.predict(DATA.x, PredictOptions.defaults().batchSize(4));
        assertArrayEquals(new int[] {23, 3}, all.shape());
        for (int i = 0; i < 23; i++) {
            NDArray one = model.predict(DATA.x.rows(i, i + 1));
            assertArrayEquals(one.toFloatArray(), all.rows(i, i + 1).toFloatArray(), 1e-6f);
        }
    }

    @Test
    void predictNeedsNoCompile() {
        SequentialModel model = models.empty(1);
        model.add(new Dense(2).inputShape(6).useBias(false).kernelInitializer("ones"));
        NDArray output = model.predict(DATA.x.rows(0, 1));
        float rowSum = 0;
        for (float value : DATA.x.rows(0, 1).toFloatArray()) {
            rowSum += value;
        }
        assertArrayEquals(new float[] {rowSum, rowSum}, output.toFloatArray(), 1e-5f);
    }

    @Test
    void dropoutIsTheIdentityAtInference() {
        SequentialModel withDropout = models.empty(3);
        withDropout.add(new Dense(5).inputShape(6));
        withDropout.add(new Dropout(0.5));
        SequentialModel plain = models.empty(99);
        plain.add(new Dense(5).inputShape(6));
        plain.setWeights(withDropout.getWeights());
        assertEquals(plain.predict(DATA.x), withDropout.predict(DATA.x));
    }

    @Test
    void dropoutChangesTheTrainingLoss() {
        SequentialModel model = models.empty(3);
        model.add(new Dense(5).inputShape(6));
        model.add(new Dropout(0.5));
        model.add(new Dense(3).activation("softmax"));
        model.compile("sgd", "categorical_crossentropy");
        double inference = model.evaluate(DATA.x, DATA.oneHot, evaluateBatches(23)).get(0);
        double training =
                model.fit(DATA.x, DATA.oneHot, FitOptions.defaults().batchSize(23).verbose(0))
                        .history()
                        .get("loss")
                        .get(0);
        assertNotEquals(inference, training, 1e-6);
    }

    @Test
    void denseAppliesToTheLastAxisOfRankThreeInput() {
        SequentialModel model = models.empty(1);
        model.add(new Dense(2).inputShape(3, 6).useBias(false).kernelInitializer("ones"));
        NDArray x = DATA.x.rows(0, 6).reshape(2, 3, 6);
        NDArray output = model.predict(x);
        assertArrayEquals(new int[] {2, 3, 2}, output.shape());
        float rowSum = 0;
        for (float value : DATA.x.rows(4, 5).toFloatArray()) {
            rowSum += value;
        }
        assertEquals(rowSum, output.getFloat(1, 1, 0), 1e-5f);
    }

    @Test
    void evaluateWithStepsAveragesWholeArrayEvaluations() {
        SequentialModel model = models.small(1, 6, "sgd");
        List<Double> whole = model.evaluate(DATA.x, DATA.oneHot, evaluateBatches(23));
        List<Double> stepped = model.evaluate(DATA.x, DATA.oneHot, evaluateBatches(4).steps(3));
        assertEquals(whole.get(0), stepped.get(0), 1e-6);
        assertEquals(whole.get(1), stepped.get(1), 1e-6);
    }

    @Test
    void evaluateWithSampleWeightsWeighsTheLoss() {
        SequentialModel model = models.small(1, 6, "sgd");
        float[] weights = new float[23];
        weights[4] = 1;
        double weighted =
                model.evaluate(
                                DATA.x,
                                DATA.oneHot,
                                evaluateBatches(23).sampleWeight(NDArray.of(weights)))
                        .get(0);
        double alone =
                model.evaluate(DATA.x.rows(4, 5), DATA.oneHot.rows(4, 5), evaluateBatches(1))
                        .get(0);
        assertEquals(alone, weighted, 1e-5);
    }

    @Test
    void predictWithStepsConcatenatesTheWholeInputOncePerStep() {
        SequentialModel model = models.small(1, 6, "sgd");
        NDArray once = model.predict(DATA.x);
        NDArray twice = model.predict(DATA.x, PredictOptions.defaults().steps(2));
        assertArrayEquals(new int[] {46, 3}, twice.shape());
        assertArrayEquals(once.toFloatArray(), twice.rows(0, 23).toFloatArray(), 1e-6f);
        assertArrayEquals(once.toFloatArray(), twice.rows(23, 46).toFloatArray(), 1e-6f);
    }

    @Test
    void predictIsTheSameWhateverTheBatchSize() {
        SequentialModel model = models.small(1, 6, "sgd");
        NDArray ones = model.predict(DATA.x, PredictOptions.defaults().batchSize(1));
        NDArray all = model.predict(DATA.x, PredictOptions.defaults().batchSize(23));
        assertArrayEquals(all.toFloatArray(), ones.toFloatArray(), 1e-6f);
    }
}
