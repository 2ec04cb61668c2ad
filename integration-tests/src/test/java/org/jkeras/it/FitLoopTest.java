package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkeras.Callback;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.Shuffle;
import org.jkeras.ValidationData;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** The facts of Keras 2.2's fit loop. */
class FitLoopTest {

    private static final TestData DATA = TestData.generate(10, 4, 3, 5);
    private static final FitOptions QUIET = FitOptions.defaults().verbose(0);

    private final TestModels models = new TestModels();

    /** Records each batch's size and loss. */
    private static final class BatchRecorder implements Callback {
        final List<Integer> sizes = new ArrayList<>();
        final List<Double> losses = new ArrayList<>();

        @Override
        public void onBatchEnd(int batch, Map<String, Double> logs) {
            sizes.add(logs.get("size").intValue());
            losses.add(logs.get("loss"));
        }
    }

    @Test
    void lastPartialBatchIsKept() {
        BatchRecorder recorder = new BatchRecorder();
        models.small(1, 4, "sgd")
                .fit(DATA.x, DATA.oneHot, QUIET.batchSize(4).callbacks(List.of(recorder)));
        assertEquals(List.of(4, 4, 2), recorder.sizes);
    }

    @Test
    void epochLossIsTheMeanOfBatchLossesWeightedByBatchSize() {
        BatchRecorder recorder = new BatchRecorder();
        History history =
                models.small(1, 4, "sgd")
                        .fit(DATA.x, DATA.oneHot, QUIET.batchSize(4).callbacks(List.of(recorder)));
        double expected =
                (recorder.losses.get(0) * 4
                                + recorder.losses.get(1) * 4
                                + recorder.losses.get(2) * 2)
                        / 10;
        assertEquals(expected, history.history().get("loss").get(0), 1e-12);
    }

    @Test
    void batchLossIsComputedBeforeTheUpdate() {
        SequentialModel model = models.small(1, 4, "sgd");
        double before = model.evaluate(DATA.x, DATA.oneHot, evaluateQuietly(10)).get(0);
        History history = model.fit(DATA.x, DATA.oneHot, QUIET.batchSize(10).shuffle(false));
        assertEquals(before, history.history().get("loss").get(0), 1e-6);
        double after = model.evaluate(DATA.x, DATA.oneHot, evaluateQuietly(10)).get(0);
        assertNotEquals(before, after);
    }

    @Test
    void validationSplitTakesTheLastSamplesBeforeShuffling() {
        SequentialModel model = models.small(1, 4, "sgd");
        BatchRecorder recorder = new BatchRecorder();
        History history =
                model.fit(
                        DATA.x,
                        DATA.oneHot,
                        QUIET.validationSplit(0.3).batchSize(32).callbacks(List.of(recorder)));
        assertEquals(List.of(7), recorder.sizes);
        double held =
                model.evaluate(DATA.x.rows(7, 10), DATA.oneHot.rows(7, 10), evaluateQuietly(32))
                        .get(0);
        assertEquals(held, history.history().get("val_loss").get(0), 1e-12);
    }

    @Test
    void validationMetricsArePrefixed() {
        History history =
                models.small(1, 4, "sgd").fit(DATA.x, DATA.oneHot, QUIET.validationSplit(0.2));
        assertEquals(
                List.of("loss", "accuracy", "val_loss", "val_accuracy"),
                List.copyOf(history.history().keySet()));
    }

    @Test
    void validationDataOverridesTheSplit() {
        SequentialModel model = models.small(1, 4, "sgd");
        BatchRecorder recorder = new BatchRecorder();
        NDArray valX = DATA.x.rows(0, 2);
        NDArray valY = DATA.oneHot.rows(0, 2);
        History history =
                model.fit(
                        DATA.x,
                        DATA.oneHot,
                        QUIET.validationSplit(0.5)
                                .validationData(ValidationData.of(valX, valY))
                                .callbacks(List.of(recorder)));
        assertEquals(List.of(10), recorder.sizes);
        assertEquals(
                model.evaluate(valX, valY, evaluateQuietly(32)).get(0),
                history.history().get("val_loss").get(0),
                1e-12);
    }

    @Test
    void epochsNotAboveInitialEpochGiveAnEmptyHistoryAndNoTraining() {
        SequentialModel model = models.small(1, 4, "sgd");
        List<NDArray> before = model.getWeights();
        History history = model.fit(DATA.x, DATA.oneHot, QUIET.epochs(2).initialEpoch(2));
        assertTrue(history.history().isEmpty());
        assertTrue(history.epoch().isEmpty());
        assertEquals(before, model.getWeights());
    }

    @Test
    void initialEpochResumesTheCount() {
        History history =
                models.small(1, 4, "sgd").fit(DATA.x, DATA.oneHot, QUIET.epochs(3).initialEpoch(1));
        assertEquals(List.of(1, 2), history.epoch());
    }

    @Test
    void historyIsTheFirstCallback() {
        Callback addsKey =
                new Callback() {
                    @Override
                    public void onEpochEnd(int epoch, Map<String, Double> logs) {
                        logs.put("added_later", 1.0);
                    }
                };
        History history =
                models.small(1, 4, "sgd")
                        .fit(DATA.x, DATA.oneHot, QUIET.callbacks(List.of(addsKey)));
        assertFalse(history.history().containsKey("added_later"));
    }

    @Test
    void stopTrainingEndsFitAfterTheCurrentBatch() {
        SequentialModel model = models.small(1, 4, "sgd");
        BatchRecorder recorder = new BatchRecorder();
        Callback stopper =
                new Callback() {
                    @Override
                    public void onBatchEnd(int batch, Map<String, Double> logs) {
                        model.setStopTraining(true);
                    }
                };
        History history =
                model.fit(
                        DATA.x,
                        DATA.oneHot,
                        QUIET.epochs(5).batchSize(2).callbacks(List.of(recorder, stopper)));
        assertEquals(1, recorder.sizes.size());
        assertEquals(List.of(0), history.epoch());
    }

    @Test
    void callbacksSeeTheModel() {
        SequentialModel model = models.small(1, 4, "sgd");
        List<Object> seen = new ArrayList<>();
        Callback callback =
                new Callback() {
                    @Override
                    public void setModel(org.jkeras.Sequential given) {
                        seen.add(given);
                    }
                };
        model.fit(DATA.x, DATA.oneHot, QUIET.callbacks(List.of(callback)));
        assertEquals(List.of(model), seen);
    }

    @Test
    void batchShuffledTrainingFromOneSeedIsRepeatable() {
        SequentialModel first = models.small(4, 4, "adam");
        SequentialModel second = models.small(4, 4, "adam");
        first.fit(DATA.x, DATA.oneHot, QUIET.epochs(3).batchSize(3).shuffle(Shuffle.BATCH));
        second.fit(DATA.x, DATA.oneHot, QUIET.epochs(3).batchSize(3).shuffle(Shuffle.BATCH));
        assertEquals(first.getWeights(), second.getWeights());
    }

    @Test
    void shuffleChangesTheOrderOfUpdates() {
        SequentialModel shuffled = models.small(4, 4, "sgd");
        SequentialModel ordered = models.small(4, 4, "sgd");
        shuffled.fit(DATA.x, DATA.oneHot, QUIET.epochs(2).batchSize(3).shuffle(true));
        ordered.fit(DATA.x, DATA.oneHot, QUIET.epochs(2).batchSize(3).shuffle(false));
        assertNotEquals(shuffled.getWeights(), ordered.getWeights());
    }

    @Test
    void compileTakesConfiguredObjects() {
        SequentialModel model = models.empty(2);
        model.add(new Dense(3).inputShape(4).activation("softmax"));
        model.compile(
                new org.jkeras.optimizers.SGD().lr(0.5),
                org.jkeras.losses.Losses.get("categorical_crossentropy"),
                List.of(
                        org.jkeras.metrics.Metrics.resolve(
                                "acc", "categorical_crossentropy", new int[] {3})));
        assertEquals(List.of("loss", "acc"), model.metricsNames());
        History history = model.fit(DATA.x, DATA.oneHot, QUIET.epochs(3));
        List<Double> loss = history.history().get("loss");
        assertTrue(loss.get(2) < loss.get(0), "losses " + loss);
    }

    @Test
    void sparseLabelsTrainLikeOneHotLabels() {
        SequentialModel model = models.empty(2);
        model.add(new Dense(3).inputShape(4).activation("softmax"));
        model.compile("sgd", "sparse_categorical_crossentropy", List.of("accuracy"));
        History history = model.fit(DATA.x, NDArray.of(DATA.labels), QUIET.epochs(2).batchSize(5));
        assertEquals(2, history.history().get("loss").size());
        assertTrue(history.history().get("loss").get(0) > 0);
    }

    private static org.jkeras.EvaluateOptions evaluateQuietly(int batchSize) {
        return org.jkeras.EvaluateOptions.defaults().batchSize(batchSize).verbose(0);
    }
}
