package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.jkeras.Batch;
import org.jkeras.Callback;
import org.jkeras.EvaluateGeneratorOptions;
import org.jkeras.FitGeneratorOptions;
import org.jkeras.GeneratorException;
import org.jkeras.PredictGeneratorOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How generator calls end when the generator fails: an exception reaches the caller as the cause of
 * a {@link GeneratorException} naming the step, an early end is an {@link IllegalArgumentException}
 * naming the step, an interruption a {@link CancellationException} with the flag kept; the weights
 * are then as before, and after every test as many generator threads are alive as before it (none).
 */
@ExtendWith(GeneratorThreads.class)
class GeneratorFailuresTest {

    private static final TestData DATA = TestData.generate(20, 4, 3, 13);
    private static final FitGeneratorOptions QUIET =
            FitGeneratorOptions.defaults().verbose(0).shuffle(false);

    private final TestModels models = new TestModels();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void aSequenceThatThrowsAtStepKReachesTheCallerWithItsCause(int workers) {
        SequentialModel model = models.small(5, 4, "sgd");
        List<NDArray> before = model.getWeights();
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 4).failingAt(3);

        GeneratorException thrown =
                assertThrows(
                        GeneratorException.class,
                        () -> model.fitGenerator(sequence, QUIET.epochs(2).workers(workers)));

        assertInstanceOf(IllegalStateException.class, thrown.getCause());
        assertEquals("no batch 3", thrown.getCause().getMessage());
        assertTrue(thrown.getMessage().contains("step 4 of 5 in epoch 1"), thrown.getMessage());
        assertSameWeights(before, model.getWeights());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void aPlainGeneratorThatThrowsAtStepKReachesTheCallerWithTheSameException(int workers) {
        SequentialModel model = models.small(5, 4, "sgd");
        RuntimeException failure = new IllegalStateException("reader failed");
        Iterator<Batch> generator = new FailingGenerator(3, failure);

        GeneratorException thrown =
                assertThrows(
                        GeneratorException.class,
                        () ->
                                model.fitGenerator(
                                        generator, QUIET.stepsPerEpoch(5).workers(workers)));

        assertSame(failure, thrown.getCause());
        assertTrue(thrown.getMessage().contains("step 3 of 5"), thrown.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void evaluateGeneratorPassesOnTheGeneratorsException(int workers) {
        SequentialModel model = models.small(5, 4, "sgd");
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 4).failingAt(1);

        GeneratorException thrown =
                assertThrows(
                        GeneratorException.class,
                        () ->
                                model.evaluateGenerator(
                                        sequence,
                                        EvaluateGeneratorOptions.defaults().workers(workers)));

        assertEquals("no batch 1", thrown.getCause().getMessage());
        assertTrue(thrown.getMessage().startsWith("evaluateGenerator"), thrown.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void aGeneratorThatEndsEarlyEndsTheCallNamingTheStep(int workers) {
        SequentialModel model = models.small(5, 4, "sgd");
        List<NDArray> before = model.getWeights();
        Iterator<Batch> threeBatches = batches(3).iterator();

        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                model.fitGenerator(
                                        threeBatches, QUIET.stepsPerEpoch(5).workers(workers)));

        assertTrue(thrown.getMessage().contains("step 4 of 5 in epoch 1"), thrown.getMessage());
        assertTrue(thrown.getMessage().endsWith("ended after 3 batches"), thrown.getMessage());
        assertSameWeights(before, model.getWeights());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void predictGeneratorWithMoreStepsThanBatchesNamesTheStep(int workers) {
        SequentialModel model = models.small(5, 4, "sgd");

        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                model.predictGenerator(
                                        batches(2).iterator(),
                                        PredictGeneratorOptions.defaults()
                                                .steps(3)
                                                .workers(workers)));

        assertTrue(thrown.getMessage().contains("step 3 of 3"), thrown.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void anInterruptedCallEndsAtTheNextStepAndKeepsTheFlag(int workers) {
        SequentialModel model = models.small(5, 4, "sgd");
        List<NDArray> before = model.getWeights();
        Callback interrupter =
                new Callback() {
                    @Override
                    public void onBatchEnd(int batch, Map<String, Double> logs) {
                        if (batch == 1) {
                            Thread.currentThread().interrupt();
                        }
                    }
                };

        CancellationException thrown =
                assertThrows(
                        CancellationException.class,
                        () ->
                                model.fitGenerator(
                                        new ArraySequence(DATA.x, DATA.oneHot, 4),
                                        QUIET.workers(workers).callbacks(List.of(interrupter))));

        assertTrue(Thread.interrupted());
        assertTrue(thrown.getMessage().contains("step 3 of 5"), thrown.getMessage());
        assertInstanceOf(InterruptedException.class, thrown.getCause());
        assertSameWeights(before, model.getWeights());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void interruptingACallThatWaitsForAWorkerStopsItAndItsWorkers(int workers)
            throws InterruptedException {
        SequentialModel model = models.small(5, 4, "sgd");
        ArraySequence slow = new ArraySequence(DATA.x, DATA.oneHot, 4).sleepingDescending(2_000);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flagKept = new AtomicReference<>();
        Thread caller =
                new Thread(
                        () -> {
                            try {
                                model.fitGenerator(slow, QUIET.workers(workers));
                            } catch (RuntimeException e) {
                                thrown.set(e);
                                flagKept.set(Thread.currentThread().isInterrupted());
                            }
                        });

        caller.start();
        while (slow.requested.isEmpty()) {
            Thread.sleep(5);
        }
        caller.interrupt();
        caller.join(5_000);

        assertInstanceOf(CancellationException.class, thrown.get());
        assertTrue(flagKept.get());
        assertTrue(thrown.get().getMessage().contains("step 1 of 5"), thrown.get().getMessage());
    }

    @Test
    void anExceptionInOnEpochEndReachesTheCaller() {
        SequentialModel model = models.small(5, 4, "sgd");
        RuntimeException failure = new IllegalStateException("cannot reshuffle");
        ArraySequence sequence =
                new ArraySequence(DATA.x, DATA.oneHot, 4) {
                    @Override
                    public void onEpochEnd() {
                        throw failure;
                    }
                };

        GeneratorException thrown =
                assertThrows(
                        GeneratorException.class,
                        () -> model.fitGenerator(sequence, QUIET.workers(2)));

        assertSame(failure, thrown.getCause());
    }

    private static List<Batch> batches(int count) {
        List<Batch> batches = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            int from = b * 4;
            batches.add(Batch.of(DATA.x.rows(from, from + 4), DATA.oneHot.rows(from, from + 4)));
        }
        return batches;
    }

    private static void assertSameWeights(List<NDArray> expected, List<NDArray> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).toFloatArray(), actual.get(i).toFloatArray());
        }
    }

    /** An endless generator whose {@code failAt}-th batch (counting from 1) throws. */
    private static final class FailingGenerator implements Iterator<Batch> {
        private final int failAt;
        private final RuntimeException failure;
        private int produced;

        FailingGenerator(int failAt, RuntimeException failure) {
            this.failAt = failAt;
            this.failure = failure;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Batch next() {
            produced++;
            if (produced == failAt) {
                throw failure;
            }
            return Batch.of(DATA.x.rows(0, 4), DATA.oneHot.rows(0, 4));
        }
    }
}
