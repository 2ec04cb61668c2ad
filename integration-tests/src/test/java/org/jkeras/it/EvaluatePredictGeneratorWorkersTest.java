package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.jkeras.Batch;
import org.jkeras.EvaluateGeneratorOptions;
import org.jkeras.PredictGeneratorOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code maxQueueSize}, {@code workers} and {@code useMultiprocessing} decide how {@code
 * evaluateGenerator} and {@code predictGenerator} read their batches, never what they return: the
 * scores and outputs are those of the defaults. On the JVM {@code useMultiprocessing} runs the same
 * worker threads of this process (the calling thread with no workers). After every test as many
 * generator threads are alive as before it.
 */
@ExtendWith(GeneratorThreads.class)
class EvaluatePredictGeneratorWorkersTest {

    private static final TestData DATA = TestData.generate(20, 4, 3, 29);
    private static final EvaluateGeneratorOptions EVALUATE = EvaluateGeneratorOptions.defaults();
    private static final PredictGeneratorOptions PREDICT = PredictGeneratorOptions.defaults();

    private final TestModels models = new TestModels();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 50})
    void evaluateGeneratorGivesTheDefaultsScoresWithAnyMaxQueueSize(int maxQueueSize) {
        SequentialModel model = models.small(2, 4, "sgd");
        List<Double> defaults = model.evaluateGenerator(sequence());

        List<Double> fromSequence =
                model.evaluateGenerator(
                        sequence().sleepingDescending(1),
                        EVALUATE.workers(4).maxQueueSize(maxQueueSize));
        List<Double> fromIterator =
                model.evaluateGenerator(iterator(), EVALUATE.steps(4).maxQueueSize(maxQueueSize));

        assertEquals(2, defaults.size());
        assertEquals(defaults, fromSequence);
        assertEquals(defaults, fromIterator);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 50})
    void predictGeneratorGivesTheDefaultsOutputsWithAnyMaxQueueSize(int maxQueueSize) {
        SequentialModel model = models.small(2, 4, "sgd");
        float[] defaults = model.predictGenerator(sequence()).toFloatArray();

        NDArray fromSequence =
                model.predictGenerator(
                        sequence().sleepingDescending(1),
                        PREDICT.workers(4).maxQueueSize(maxQueueSize));
        NDArray fromIterator =
                model.predictGenerator(iterator(), PREDICT.steps(4).maxQueueSize(maxQueueSize));

        assertEquals(20 * 3, defaults.length);
        assertArrayEquals(defaults, fromSequence.toFloatArray());
        assertArrayEquals(defaults, fromIterator.toFloatArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void evaluateGeneratorWithUseMultiprocessingReadsOnWorkerThreadsOfThisProcess(int workers) {
        SequentialModel model = models.small(2, 4, "sgd");
        List<Double> defaults = model.evaluateGenerator(sequence());
        ReaderRecordingSequence sequence = new ReaderRecordingSequence();

        List<Double> scores =
                model.evaluateGenerator(
                        sequence, EVALUATE.workers(workers).useMultiprocessing(true));

        assertEquals(defaults, scores);
        assertReadByWorkerThreads(sequence.readers, workers);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void predictGeneratorWithUseMultiprocessingReadsOnWorkerThreadsOfThisProcess(int workers) {
        SequentialModel model = models.small(2, 4, "sgd");
        float[] defaults = model.predictGenerator(sequence()).toFloatArray();
        ReaderRecordingSequence sequence = new ReaderRecordingSequence();

        NDArray outputs =
                model.predictGenerator(sequence, PREDICT.workers(workers).useMultiprocessing(true));

        assertArrayEquals(defaults, outputs.toFloatArray());
        assertReadByWorkerThreads(sequence.readers, workers);
    }

    @Test
    void useMultiprocessingWithoutWorkersReadsOnTheCallingThread() {
        SequentialModel model = models.small(2, 4, "sgd");
        List<Double> defaults = model.evaluateGenerator(sequence());
        float[] outputs = model.predictGenerator(sequence()).toFloatArray();
        ReaderRecordingSequence evaluated = new ReaderRecordingSequence();
        ReaderRecordingSequence predicted = new ReaderRecordingSequence();

        List<Double> scores =
                model.evaluateGenerator(evaluated, EVALUATE.workers(0).useMultiprocessing(true));
        NDArray predictions =
                model.predictGenerator(predicted, PREDICT.workers(0).useMultiprocessing(true));

        assertEquals(defaults, scores);
        assertArrayEquals(outputs, predictions.toFloatArray());
        Set<String> caller = Set.of(Thread.currentThread().getName());
        assertEquals(caller, evaluated.readers);
        assertEquals(caller, predicted.readers);
    }

    private static ArraySequence sequence() {
        return new ArraySequence(DATA.x, DATA.oneHot, 6);
    }

    /** The batches of {@link #sequence()}, as a plain generator. */
    private static Iterator<Batch> iterator() {
        ArraySequence sequence = sequence();
        return IntStream.range(0, sequence.size()).mapToObj(sequence::get).iterator();
    }

    private static void assertReadByWorkerThreads(Set<String> readers, int workers) {
        assertFalse(readers.isEmpty());
        assertTrue(readers.size() <= workers, readers.toString());
        assertTrue(
                readers.stream().allMatch(name -> name.startsWith("jkeras-generator-")),
                readers.toString());
        assertFalse(readers.contains(Thread.currentThread().getName()), readers.toString());
    }

    /** {@link #sequence()}'s batches, recording the name of each thread that reads one. */
    private static final class ReaderRecordingSequence extends ArraySequence {
        final Set<String> readers = ConcurrentHashMap.newKeySet();

        ReaderRecordingSequence() {
            super(DATA.x, DATA.oneHot, 6);
        }

        @Override
        public Batch get(int index) {
            readers.add(Thread.currentThread().getName());
            return super.get(index);
        }
    }
}
