package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.jkeras.Batch;
import org.jkeras.FitGeneratorOptions;
import org.jkeras.FitOptions;
import org.jkeras.PredictGeneratorOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The order in which generator batches reach the model, with the calling thread (0) or worker
 * threads (1 and 4): a Sequence's batches arrive in index order even when later indices are ready
 * first, a plain generator's in the order it produced them (shuffle or not), and a shuffled pass
 * visits every index once. After every test as many generator threads are alive as before it.
 */
@ExtendWith(GeneratorThreads.class)
class GeneratorOrderingTest {

    private static final TestData DATA = TestData.generate(20, 4, 3, 11);

    private final TestModels models = new TestModels();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void predictGeneratorReturnsSequenceOutputsInIndexOrder(int workers) {
        SequentialModel model = models.small(3, 4, "sgd");
        ArraySequence sequence = new ArraySequence(DATA.x, null, 3).sleepingDescending(3);

        NDArray outputs =
                model.predictGenerator(
                        sequence, PredictGeneratorOptions.defaults().workers(workers));

        assertArrayEquals(model.predict(DATA.x).toFloatArray(), outputs.toFloatArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void predictGeneratorReturnsOutputsInTheOrderAPlainGeneratorProducedThem(int workers) {
        SequentialModel model = models.small(3, 4, "sgd");
        List<Batch> batches = new ArrayList<>();
        for (int from = 0; from < 20; from += 6) {
            batches.add(Batch.inputs(DATA.x.rows(from, Math.min(20, from + 6))));
        }

        NDArray outputs =
                model.predictGenerator(
                        batches.iterator(),
                        PredictGeneratorOptions.defaults().steps(4).workers(workers));

        assertArrayEquals(model.predict(DATA.x).toFloatArray(), outputs.toFloatArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void shuffledPassesVisitEveryIndexExactlyOnce(int workers) {
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 4);
        int size = sequence.size();

        models.small(3, 4, "sgd")
                .fitGenerator(
                        sequence,
                        FitGeneratorOptions.defaults().epochs(3).verbose(0).workers(workers));

        for (int pass = 0; pass < 3; pass++) {
            int[] visited =
                    sequence.requested.subList(pass * size, (pass + 1) * size).stream()
                            .mapToInt(Integer::intValue)
                            .sorted()
                            .toArray();
            assertArrayEquals(IntStream.range(0, size).toArray(), visited, "pass " + pass);
        }
        assertEquals(3, sequence.epochsEnded.get());
    }

    @Test
    void shuffleOffVisitsIndicesInOrderEachPass() {
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 4);

        models.small(3, 4, "sgd")
                .fitGenerator(
                        sequence,
                        FitGeneratorOptions.defaults()
                                .epochs(2)
                                .verbose(0)
                                .shuffle(false)
                                .workers(0));

        assertEquals(List.of(0, 1, 2, 3, 4, 0, 1, 2, 3, 4), sequence.requested);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void shuffledTrainingGivesTheSameWeightsWithWorkersAsOnTheCallingThread(int workers) {
        FitGeneratorOptions options = FitGeneratorOptions.defaults().epochs(3).verbose(0);
        SequentialModel direct = models.small(8, 4, "sgd");
        direct.fitGenerator(new ArraySequence(DATA.x, DATA.oneHot, 4), options.workers(0));
        SequentialModel threaded = models.small(8, 4, "sgd");
        threaded.fitGenerator(
                new ArraySequence(DATA.x, DATA.oneHot, 4).sleepingDescending(1),
                options.workers(workers));

        for (int i = 0; i < direct.getWeights().size(); i++) {
            assertArrayEquals(
                    direct.getWeights().get(i).toFloatArray(),
                    threaded.getWeights().get(i).toFloatArray());
        }
    }

    @Test
    void shuffleVisitsASequencesBatchesInANewOrderEachPass() {
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 2);
        int size = sequence.size();

        models.small(3, 4, "sgd")
                .fitGenerator(
                        sequence, FitGeneratorOptions.defaults().epochs(2).verbose(0).workers(0));

        List<Integer> first = sequence.requested.subList(0, size);
        List<Integer> second = sequence.requested.subList(size, 2 * size);
        assertNotEquals(IntStream.range(0, size).boxed().toList(), first);
        assertNotEquals(first, second);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void shuffleHasNoEffectOnAPlainGenerator(int workers) {
        FitGeneratorOptions options =
                FitGeneratorOptions.defaults()
                        .epochs(2)
                        .stepsPerEpoch(5)
                        .verbose(0)
                        .workers(workers);
        SequentialModel shuffled = models.small(8, 4, "sgd");
        shuffled.fitGenerator(batchesInOrder(4), options.shuffle(true));
        SequentialModel unshuffled = models.small(8, 4, "sgd");
        unshuffled.fitGenerator(batchesInOrder(4), options.shuffle(false));
        SequentialModel arrays = models.small(8, 4, "sgd");
        arrays.fit(
                DATA.x,
                DATA.oneHot,
                FitOptions.defaults().epochs(2).batchSize(4).shuffle(false).verbose(0));

        assertSameWeights(arrays, shuffled);
        assertSameWeights(unshuffled, shuffled);
    }

    /** An endless generator of DATA's batches of {@code size}, in order, pass after pass. */
    private static Iterator<Batch> batchesInOrder(int size) {
        int count = DATA.x.length() / size;
        return IntStream.iterate(0, b -> (b + 1) % count).mapToObj(b -> batch(b, size)).iterator();
    }

    private static Batch batch(int index, int size) {
        int from = index * size;
        return Batch.of(DATA.x.rows(from, from + size), DATA.oneHot.rows(from, from + size));
    }

    private static void assertSameWeights(SequentialModel expected, SequentialModel actual) {
        assertEquals(expected.getWeights().size(), actual.getWeights().size());
        for (int i = 0; i < expected.getWeights().size(); i++) {
            assertArrayEquals(
                    expected.getWeights().get(i).toFloatArray(),
                    actual.getWeights().get(i).toFloatArray());
        }
    }
}
