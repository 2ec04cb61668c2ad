package org.jkeras.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jkeras.Batch;
import org.jkeras.Sequence;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** The streams behind the generator methods, without a model: order, passes, queue and threads. */
class BatchStreamTest {

    private static final StreamSettings FOUR_WORKERS = new StreamSettings(4, 10, false);

    /** A Sequence whose batch {@code i} holds the value {@code i}; early indices finish last. */
    private static final class IndexSequence implements Sequence {
        final AtomicInteger running = new AtomicInteger();
        final List<Integer> runningAtEpochEnd = new ArrayList<>();
        private final int size;

        IndexSequence(int size) {
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Batch get(int index) {
            running.incrementAndGet();
            try {
                Thread.sleep(2L * (size - index));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return Batch.inputs(NDArray.of(new float[] {index}));
        }

        @Override
        public void onEpochEnd() {
            runningAtEpochEnd.add(running.get());
        }
    }

    @Test
    void aSequencesBatchesArriveInIndexOrderWhenLaterOnesAreReadyFirst() {
        List<Integer> seen = new ArrayList<>();
        try (BatchStream stream = open(new IndexSequence(8), FOUR_WORKERS)) {
            for (int step = 0; step < 16; step++) {
                seen.add((int) stream.next("step").x().toFloatArray()[0]);
            }
        }

        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7), seen);
    }

    @Test
    void onEpochEndRunsAfterEachPassWhileNoGetRuns() {
        IndexSequence sequence = new IndexSequence(5);
        try (BatchStream stream = open(sequence, FOUR_WORKERS)) {
            for (int step = 0; step < 15; step++) {
                stream.next("step");
            }
        }

        assertEquals(List.of(0, 0, 0), sequence.runningAtEpochEnd);
    }

    @Test
    void closingAStreamJoinsEveryWorker() {
        BatchStream stream = open(new IndexSequence(50), FOUR_WORKERS);
        stream.next("step");
        assertTrue(generatorThreads() > 0);

        stream.close();

        assertEquals(0, generatorThreads());
    }

    @Test
    void aPlainGeneratorIsDrawnAtMostTheQueueSizePlusOneAhead() throws InterruptedException {
        AtomicInteger drawn = new AtomicInteger();
        Iterator<Batch> endless =
                new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return true;
                    }

                    @Override
                    public Batch next() {
                        return Batch.inputs(NDArray.of(new float[] {drawn.incrementAndGet()}));
                    }
                };
        try (BatchStream stream =
                BatchSource.of("generator", endless)
                        .open("test", new StreamSettings(3, 2, false), null)) {
            stream.next("step");
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (drawn.get() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            Thread.sleep(20);

            assertEquals(4, drawn.get());
        }
    }

    @Test
    void aPlainGeneratorNeedsSteps() {
        BatchSource source = BatchSource.of("generator", List.<Batch>of().iterator());

        assertThrows(IllegalArgumentException.class, () -> source.steps("steps", null));
        assertEquals(3, source.steps("steps", 3));
    }

    private static BatchStream open(Sequence sequence, StreamSettings settings) {
        return BatchSource.of("generator", sequence).open("test", settings, null);
    }

    private static long generatorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(WorkerPool.THREAD_PREFIX))
                .count();
    }
}
