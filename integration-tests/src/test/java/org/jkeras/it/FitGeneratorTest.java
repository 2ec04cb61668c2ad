package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jkeras.Batch;
import org.jkeras.Callback;
import org.jkeras.FitGeneratorOptions;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.ValidationData;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each argument of {@code fitGenerator}, against Keras 2.2.4's {@code fit_generator}; after every
 * test as many generator threads are alive as before it (none).
 */
@ExtendWith(GeneratorThreads.class)
class FitGeneratorTest {

    private static final TestData DATA = TestData.generate(20, 4, 3, 17);
    private static final TestData VALIDATION = TestData.generate(9, 4, 3, 19);
    private static final FitGeneratorOptions QUIET =
            FitGeneratorOptions.defaults().verbose(0).shuffle(false);

    private final TestModels models = new TestModels();

    /** Records the size of every batch and the batches of every epoch. */
    private static final class BatchRecorder implements Callback {
        final List<Integer> sizes = new ArrayList<>();
        final List<Integer> perEpoch = new ArrayList<>();

        @Override
        public void onEpochBegin(int epoch, Map<String, Double> logs) {
            perEpoch.add(0);
        }

        @Override
        public void onBatchEnd(int batch, Map<String, Double> logs) {
            sizes.add(logs.get("size").intValue());
            perEpoch.set(perEpoch.size() - 1, perEpoch.get(perEpoch.size() - 1) + 1);
        }
    }

    @Test
    void fitGeneratorOverASequenceGivesTheWeightsOfFitOverTheSameArrays() {
        SequentialModel arrays = models.small(21, 4, "adam");
        History fitHistory =
                arrays.fit(
                        DATA.x,
                        DATA.oneHot,
                        FitOptions.defaults().epochs(3).batchSize(6).shuffle(false).verbose(0));
        SequentialModel generator = models.small(21, 4, "adam");
        History generatorHistory =
                generator.fitGenerator(
                        new ArraySequence(DATA.x, DATA.oneHot, 6), QUIET.epochs(3).workers(2));

        assertSameWeights(arrays.getWeights(), generator.getWeights());
        assertEquals(fitHistory.history(), generatorHistory.history());
    }

    @Test
    void stepsPerEpochDefaultsToTheSequencesSize() {
        BatchRecorder recorder = new BatchRecorder();
        models.small(1, 4, "sgd")
                .fitGenerator(
                        new ArraySequence(DATA.x, DATA.oneHot, 6),
                        QUIET.epochs(2).callbacks(List.of(recorder)));

        assertEquals(List.of(4, 4), recorder.perEpoch);
        assertEquals(List.of(6, 6, 6, 2, 6, 6, 6, 2), recorder.sizes);
    }

    @Test
    void stepsPerEpochIsRequiredForAPlainGenerator() {
        SequentialModel model = models.small(1, 4, "sgd");

        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.fitGenerator(endless(DATA.x, DATA.oneHot), QUIET));

        assertTrue(thrown.getMessage().startsWith("stepsPerEpoch must be given for a plain"));
        assertTrue(thrown.getMessage().endsWith("Received: null"));
    }

    @Test
    void aShortEpochLeavesTheRestOfThePassToTheNextEpoch() {
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 4);

        models.small(1, 4, "sgd")
                .fitGenerator(sequence, QUIET.stepsPerEpoch(3).epochs(2).workers(0));

        assertEquals(List.of(0, 1, 2, 3, 4, 0), sequence.requested);
        assertEquals(1, sequence.epochsEnded.get());
    }

    @Test
    void initialEpochResumesTheEpochCount() {
        History history =
                models.small(1, 4, "sgd")
                        .fitGenerator(
                                new ArraySequence(DATA.x, DATA.oneHot, 4),
                                QUIET.initialEpoch(1).epochs(3));

        assertEquals(List.of(1, 2), history.epoch());
        assertEquals(2, history.history().get("loss").size());
    }

    @Test
    void epochsNotAboveInitialEpochTrainNothingAndAskForNoBatch() {
        SequentialModel model = models.small(1, 4, "sgd");
        List<NDArray> before = model.getWeights();
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 4);

        History history = model.fitGenerator(sequence, QUIET.initialEpoch(2).epochs(2));

        assertTrue(history.epoch().isEmpty());
        assertTrue(sequence.requested.isEmpty());
        assertSameWeights(before, model.getWeights());
    }

    @Test
    void verboseOnePrintsEachEpochAndABarCountingSteps() {
        models.small(1, 4, "sgd")
                .fitGenerator(
                        new ArraySequence(DATA.x, DATA.oneHot, 6), QUIET.verbose(1).epochs(2));

        String printed = models.printed();
        assertTrue(printed.contains("Epoch 1/2\n4/4 [=============================="), printed);
        assertTrue(printed.contains("Epoch 2/2\n4/4 ["), printed);
        assertFalse(printed.contains("Train on"), printed);
    }

    @Test
    void verboseTwoPrintsOneLinePerEpochWithoutABar() {
        models.small(1, 4, "sgd")
                .fitGenerator(new ArraySequence(DATA.x, DATA.oneHot, 6), QUIET.verbose(2));

        String printed = models.printed();
        assertTrue(printed.startsWith("Epoch 1/1\n - "), printed);
        assertTrue(printed.contains("loss: "), printed);
        assertFalse(printed.contains("4/4"), printed);
    }

    @Test
    void verboseZeroPrintsNothing() {
        models.small(1, 4, "sgd").fitGenerator(new ArraySequence(DATA.x, DATA.oneHot, 6), QUIET);

        assertEquals("", models.printed());
    }

    @Test
    void epochLossIsTheMeanOfBatchLossesWeightedByBatchSize() {
        List<Double> losses = new ArrayList<>();
        Callback recorder =
                new Callback() {
                    @Override
                    public void onBatchEnd(int batch, Map<String, Double> logs) {
                        losses.add(logs.get("loss"));
                    }
                };

        History history =
                models.small(1, 4, "sgd")
                        .fitGenerator(
                                new ArraySequence(DATA.x, DATA.oneHot, 6),
                                QUIET.callbacks(List.of(recorder)));

        double expected =
                (losses.get(0) * 6 + losses.get(1) * 6 + losses.get(2) * 6 + losses.get(3) * 2)
                        / 20;
        assertEquals(expected, history.history().get("loss").get(0), 1e-6);
    }

    @Test
    void validationArraysAreEvaluatedAfterEachEpoch() {
        SequentialModel model = models.small(1, 4, "sgd");

        History history =
                model.fitGenerator(
                        new ArraySequence(DATA.x, DATA.oneHot, 6),
                        QUIET.epochs(2)
                                .validationData(
                                        ValidationData.of(VALIDATION.x, VALIDATION.oneHot)));

        List<Double> expected = model.evaluate(VALIDATION.x, VALIDATION.oneHot);
        assertEquals(2, history.history().get("val_loss").size());
        assertEquals(expected.get(0), history.history().get("val_loss").get(1), 1e-6);
        assertEquals(expected.get(1), history.history().get("val_accuracy").get(1), 1e-6);
    }

    @Test
    void aValidationSequenceIsEvaluatedWholeByDefault() {
        SequentialModel model = models.small(1, 4, "sgd");
        ArraySequence validation = new ArraySequence(VALIDATION.x, VALIDATION.oneHot, 4);

        History history =
                model.fitGenerator(
                        new ArraySequence(DATA.x, DATA.oneHot, 6),
                        QUIET.validationData(validation).workers(2));

        List<Double> expected = model.evaluate(VALIDATION.x, VALIDATION.oneHot);
        assertEquals(expected.get(0), history.history().get("val_loss").get(0), 1e-6);
        assertEquals(expected.get(1), history.history().get("val_accuracy").get(0), 1e-6);
    }

    @Test
    void aValidationGeneratorGivesValidationStepsBatchesPerEpoch() {
        CountingGenerator validation = new CountingGenerator(VALIDATION.x, VALIDATION.oneHot);

        models.small(1, 4, "sgd")
                .fitGenerator(
                        new ArraySequence(DATA.x, DATA.oneHot, 6),
                        QUIET.epochs(3).workers(0).validationData(validation).validationSteps(2));

        assertEquals(6, validation.produced);
    }

    @Test
    void aValidationGeneratorNeedsValidationSteps() {
        SequentialModel model = models.small(1, 4, "sgd");

        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                model.fitGenerator(
                                        new ArraySequence(DATA.x, DATA.oneHot, 6),
                                        QUIET.validationData(
                                                endless(VALIDATION.x, VALIDATION.oneHot))));

        assertTrue(thrown.getMessage().startsWith("validationSteps must be given"));
    }

    @Test
    void validationStepsWithoutAValidationGeneratorIsRejected() {
        SequentialModel model = models.small(1, 4, "sgd");

        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                model.fitGenerator(
                                        new ArraySequence(DATA.x, DATA.oneHot, 6),
                                        QUIET.validationSteps(2)));

        assertTrue(thrown.getMessage().endsWith("validationSteps 2 without validationData"));
    }

    @Test
    void classWeightWeighsTrainingAsInFit() {
        Map<Integer, Double> classWeight = Map.of(0, 1.0, 1, 3.0, 2, 0.5);
        SequentialModel arrays = models.small(4, 4, "sgd");
        arrays.fit(
                DATA.x,
                DATA.oneHot,
                FitOptions.defaults()
                        .batchSize(5)
                        .shuffle(false)
                        .verbose(0)
                        .classWeight(classWeight));
        SequentialModel generator = models.small(4, 4, "sgd");
        generator.fitGenerator(
                new ArraySequence(DATA.x, DATA.oneHot, 5), QUIET.classWeight(classWeight));

        assertSameWeights(arrays.getWeights(), generator.getWeights());
    }

    @Test
    void batchSampleWeightsWeighTrainingAsInFit() {
        float[] weights = new float[20];
        for (int i = 0; i < 20; i++) {
            weights[i] = i % 3;
        }
        NDArray sampleWeight = NDArray.of(weights, 20);
        SequentialModel arrays = models.small(4, 4, "sgd");
        arrays.fit(
                DATA.x,
                DATA.oneHot,
                FitOptions.defaults()
                        .batchSize(10)
                        .shuffle(false)
                        .verbose(0)
                        .sampleWeight(sampleWeight));
        Iterator<Batch> weighted =
                Stream.of(
                                Batch.of(
                                        DATA.x.rows(0, 10),
                                        DATA.oneHot.rows(0, 10),
                                        sampleWeight.rows(0, 10)),
                                Batch.of(
                                        DATA.x.rows(10, 20),
                                        DATA.oneHot.rows(10, 20),
                                        sampleWeight.rows(10, 20)))
                        .iterator();
        SequentialModel generator = models.small(4, 4, "sgd");
        generator.fitGenerator(weighted, QUIET.stepsPerEpoch(2));

        assertSameWeights(arrays.getWeights(), generator.getWeights());
    }

    @Test
    void classWeightWithBatchSampleWeightsIsRejected() {
        SequentialModel model = models.small(4, 4, "sgd");
        Iterator<Batch> weighted =
                Stream.generate(
                                () ->
                                        Batch.of(
                                                DATA.x.rows(0, 4),
                                                DATA.oneHot.rows(0, 4),
                                                NDArray.of(new float[] {1, 1, 1, 1})))
                        .iterator();

        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                model.fitGenerator(
                                        weighted,
                                        QUIET.stepsPerEpoch(2)
                                                .classWeight(Map.of(0, 1.0, 1, 1.0, 2, 1.0))));

        assertTrue(thrown.getMessage().contains("step 1 of 2 in epoch 1"), thrown.getMessage());
    }

    @Test
    void aBatchOfTheWrongShapeIsRejectedNamingTheStepAndChangesNothing() {
        SequentialModel model = models.small(4, 4, "sgd");
        List<NDArray> before = model.getWeights();
        Iterator<Batch> batches =
                List.of(
                                Batch.of(DATA.x.rows(0, 4), DATA.oneHot.rows(0, 4)),
                                Batch.of(
                                        NDArray.zeros(DATA.x.dtype(), 4, 5),
                                        DATA.oneHot.rows(0, 4)))
                        .iterator();

        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.fitGenerator(batches, QUIET.stepsPerEpoch(2)));

        assertTrue(
                thrown.getMessage()
                        .startsWith(
                                "x of the batch at step 2 of 2 in epoch 1 must be an array of"
                                        + " shape [samples, 4]"),
                thrown.getMessage());
        assertSameWeights(before, model.getWeights());
    }

    @Test
    void maxQueueSizeBoundsTheBatchesRequestedAhead() {
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 2);
        List<Integer> ahead = new ArrayList<>();
        Callback probe =
                new Callback() {
                    @Override
                    public void onBatchBegin(int batch, Map<String, Double> logs) {
                        ahead.add(sequence.requested.size() - (batch + 1));
                    }
                };

        models.small(1, 4, "sgd")
                .fitGenerator(sequence, QUIET.workers(4).maxQueueSize(2).callbacks(List.of(probe)));

        assertTrue(ahead.stream().allMatch(n -> n <= 2), ahead.toString());
    }

    @Test
    void optionsOutOfRangeAreRejectedNamingTheOption() {
        SequentialModel model = models.small(1, 4, "sgd");
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 4);

        assertEquals(
                "workers must be 0 (the calling thread) or more. Received: -1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> model.fitGenerator(sequence, QUIET.workers(-1)))
                        .getMessage());
        assertEquals(
                "maxQueueSize must be positive. Received: 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> model.fitGenerator(sequence, QUIET.maxQueueSize(0)))
                        .getMessage());
        assertEquals(
                "stepsPerEpoch must be positive. Received: 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> model.fitGenerator(sequence, QUIET.stepsPerEpoch(0)))
                        .getMessage());
        assertTrue(sequence.requested.isEmpty());
    }

    @Test
    void useMultiprocessingRunsTheSameWorkerThreads() {
        SequentialModel threads = models.small(6, 4, "sgd");
        threads.fitGenerator(new ArraySequence(DATA.x, DATA.oneHot, 4), QUIET.workers(2));
        SequentialModel processes = models.small(6, 4, "sgd");
        processes.fitGenerator(
                new ArraySequence(DATA.x, DATA.oneHot, 4),
                QUIET.workers(2).useMultiprocessing(true));

        assertSameWeights(threads.getWeights(), processes.getWeights());
    }

    @Test
    void stopTrainingEndsTheEpochAfterTheCurrentBatch() {
        SequentialModel model = models.small(1, 4, "sgd");
        BatchRecorder recorder = new BatchRecorder();
        Callback stopper =
                new Callback() {
                    @Override
                    public void onBatchEnd(int batch, Map<String, Double> logs) {
                        if (batch == 1) {
                            model.setStopTraining(true);
                        }
                    }
                };

        History history =
                model.fitGenerator(
                        new ArraySequence(DATA.x, DATA.oneHot, 4),
                        QUIET.epochs(3).callbacks(List.of(recorder, stopper)));

        assertEquals(List.of(2), recorder.perEpoch);
        assertEquals(List.of(0), history.epoch());
    }

    @Test
    void fitGeneratorBeforeCompileIsAnIllegalState() {
        SequentialModel model = models.empty(1);
        model.add(new Dense(3).inputShape(4));

        assertThrows(
                IllegalStateException.class,
                () -> model.fitGenerator(new ArraySequence(DATA.x, DATA.oneHot, 4)));
    }

    private static Iterator<Batch> endless(NDArray x, NDArray y) {
        return Stream.generate(() -> Batch.of(x.rows(0, 4), y.rows(0, 4))).iterator();
    }

    private static void assertSameWeights(List<NDArray> expected, List<NDArray> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).toFloatArray(), actual.get(i).toFloatArray());
        }
    }

    /** An endless generator of the first four samples that counts the batches it produced. */
    private static final class CountingGenerator implements Iterator<Batch> {
        private final NDArray x;
        private final NDArray y;
        private int produced;

        CountingGenerator(NDArray x, NDArray y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Batch next() {
            produced++;
            return Batch.of(x.rows(0, 4), y.rows(0, 4));
        }
    }
}
