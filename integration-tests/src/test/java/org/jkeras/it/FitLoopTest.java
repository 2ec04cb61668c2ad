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

    /** Records each batch's size, loss and accuracy. */
    private static final class BatchRecorder implements Callback {
        final List<Integer> sizes = new ArrayList<>();
        final List<Double> losses = new ArrayList<>();
        final List<Double> accuracies = new ArrayList<>();

        @Override
        public void onBatchEnd(int batch, Map<String, Double> logs) {
            sizes.add(logs.get("size").intValue());
            losses.add(logs.get("loss"));
            accuracies.add(logs.get("accuracy"));
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
    void batchLogsCarryTheBatchsOwnMetricValue() {
        SequentialModel model = models.small(1, 4, "sgd");
        double firstBatch =
                model.evaluate(DATA.x.rows(0, 4), DATA.oneHot.rows(0, 4), evaluateQuietly(4))
                        .get(1);
        BatchRecorder recorder = new BatchRecorder();
        model.fit(
                DATA.x,
                DATA.oneHot,
                QUIET.batchSize(4).shuffle(false).callbacks(List.of(recorder)));
        assertEquals(firstBatch, recorder.accuracies.get(0), 1e-12);
    }

    @Test
    void epochMetricIsTheMeanOfBatchMetricsWeightedByBatchSize() {
        BatchRecorder recorder = new BatchRecorder();
        History history =
                models.small(1, 4, "sgd")
                        .fit(DATA.x, DATA.oneHot, QUIET.batchSize(4).callbacks(List.of(recorder)));
        double expected =
                (recorder.accuracies.get(0) * 4
                                + recorder.accuracies.get(1) * 4
                                + recorder.accuracies.get(2) * 2)
                        / 10;
        assertEquals(expected, history.history().get("accuracy").get(0), 1e-12);
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

    @Test
    void stepsPerEpochFeedsTheWholeArraysOnceEachStep() {
        SequentialModel stepwise = models.small(1, 4, "rmsprop");
        SequentialModel byBatch = models.small(1, 4, "rmsprop");
        BatchRecorder recorder = new BatchRecorder();
        History history =
                stepwise.fit(
                        DATA.x,
                        DATA.oneHot,
                        QUIET.stepsPerEpoch(3).batchSize(2).callbacks(List.of(recorder)));
        List<Double> losses = new ArrayList<>();
        for (int step = 0; step < 3; step++) {
            losses.add(byBatch.trainOnBatch(DATA.x, DATA.oneHot).get(0));
        }
        assertEquals(List.of(1, 1, 1), recorder.sizes);
        assertEquals(losses, recorder.losses);
        assertEquals(byBatch.getWeights(), stepwise.getWeights());
        assertEquals(
                (losses.get(0) + losses.get(1) + losses.get(2)) / 3,
                history.history().get("loss").get(0),
                1e-12);
    }

    @Test
    void stepsPerEpochIgnoresShuffle() {
        SequentialModel shuffled = models.small(1, 4, "sgd");
        SequentialModel ordered = models.small(1, 4, "sgd");
        shuffled.fit(DATA.x, DATA.oneHot, QUIET.stepsPerEpoch(2).epochs(2).shuffle(true));
        ordered.fit(DATA.x, DATA.oneHot, QUIET.stepsPerEpoch(2).epochs(2).shuffle(false));
        assertEquals(ordered.getWeights(), shuffled.getWeights());
    }

    @Test
    void validationStepsEvaluateTheWholeValidationArrays() {
        SequentialModel model = models.small(1, 4, "sgd");
        NDArray valX = DATA.x.rows(0, 4);
        NDArray valY = DATA.oneHot.rows(0, 4);
        History history =
                model.fit(
                        DATA.x,
                        DATA.oneHot,
                        QUIET.stepsPerEpoch(2)
                                .validationSteps(3)
                                .validationData(ValidationData.of(valX, valY)));
        assertEquals(
                model.evaluate(valX, valY, evaluateQuietly(32)).get(0),
                history.history().get("val_loss").get(0),
                1e-6);
    }

    @Test
    void shuffleFalseVisitsTheSamplesInOrder() {
        SequentialModel fitted = models.small(1, 4, "sgd");
        SequentialModel stepped = models.small(1, 4, "sgd");
        fitted.fit(DATA.x, DATA.oneHot, QUIET.batchSize(4).shuffle(false));
        stepped.trainOnBatch(DATA.x.rows(0, 4), DATA.oneHot.rows(0, 4));
        stepped.trainOnBatch(DATA.x.rows(4, 8), DATA.oneHot.rows(4, 8));
        stepped.trainOnBatch(DATA.x.rows(8, 10), DATA.oneHot.rows(8, 10));
        assertEquals(stepped.getWeights(), fitted.getWeights());
    }

    @Test
    void batchSizeSetsTheSamplesPerUpdate() {
        BatchRecorder recorder = new BatchRecorder();
        models.small(1, 4, "sgd")
                .fit(DATA.x, DATA.oneHot, QUIET.batchSize(3).callbacks(List.of(recorder)));
        assertEquals(List.of(3, 3, 3, 1), recorder.sizes);
    }

    @Test
    void epochsCountsTheEpochsRunFromZero() {
        History history = models.small(1, 4, "sgd").fit(DATA.x, DATA.oneHot, QUIET.epochs(3));
        assertEquals(List.of(0, 1, 2), history.epoch());
        assertEquals(3, history.history().get("loss").size());
    }

    @Test
    void callbacksAreCalledAtEveryStageInOrder() {
        List<String> calls = new ArrayList<>();
        Callback tracer =
                new Callback() {
                    @Override
                    public void onTrainBegin(Map<String, Double> logs) {
                        calls.add("train_begin");
                    }

                    @Override
                    public void onTrainEnd(Map<String, Double> logs) {
                        calls.add("train_end");
                    }

                    @Override
                    public void onEpochBegin(int epoch, Map<String, Double> logs) {
                        calls.add("epoch_begin " + epoch);
                    }

                    @Override
                    public void onEpochEnd(int epoch, Map<String, Double> logs) {
                        calls.add("epoch_end " + epoch + " " + logs.keySet());
                    }

                    @Override
                    public void onBatchBegin(int batch, Map<String, Double> logs) {
                        calls.add("batch_begin " + batch);
                    }

                    @Override
                    public void onBatchEnd(int batch, Map<String, Double> logs) {
                        calls.add("batch_end " + batch);
                    }
                };
        models.small(1, 4, "sgd")
                .fit(DATA.x, DATA.oneHot, QUIET.batchSize(6).callbacks(List.of(tracer)));
        assertEquals(
                List.of(
                        "train_begin",
                        "epoch_begin 0",
                        "batch_begin 0",
                        "batch_end 0",
                        "batch_begin 1",
                        "batch_end 1",
                        "epoch_end 0 [loss, accuracy]",
                        "train_end"),
                calls);
    }

    private static org.jkeras.EvaluateOptions evaluateQuietly(int batchSize) {
        return org.jkeras.EvaluateOptions.defaults().batchSize(batchSize).verbose(0);
    }
}
