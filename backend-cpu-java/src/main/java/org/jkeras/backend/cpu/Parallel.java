package org.jkeras.backend.cpu;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Splits large loops across a shared fork-join pool sized to the available processors. Work below a
 * threshold stays on the calling thread, where the cost of handing it over would exceed the gain.
 */
final class Parallel {

    /** Element operations below which a loop runs on the calling thread. */
    static final long THRESHOLD = 1L << 16;

    private static final int CHUNKS_PER_THREAD = 4;

    /**
     * Read once, as the matmul's threads are: in a container the JVM answers {@code
     * availableProcessors} from the cgroup files, which cost more than a small loop each time.
     */
    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    private Parallel() {}

    /** A loop body over the index range {@code [from, to)}. */
    @FunctionalInterface
    interface RangeBody {
        void run(int from, int to);
    }

    /** Returns the number of threads large loops are split across. */
    static int threads() {
        return THREADS;
    }

    /**
     * Runs {@code body} over {@code [0, count)}, split across threads when {@code count * cost}
     * exceeds the threshold.
     *
     * @param count the number of items
     * @param cost the rough number of element operations per item
     */
    static void forRange(int count, long cost, RangeBody body) {
        int threads = threads();
        if (count <= 1 || threads == 1 || (long) count * Math.max(cost, 1) < THRESHOLD) {
            if (count > 0) {
                body.run(0, count);
            }
            return;
        }
        long perChunk = Math.max(1, THRESHOLD / Math.max(cost, 1));
        int chunks = (int) Math.min(threads * CHUNKS_PER_THREAD, (count + perChunk - 1) / perChunk);
        if (chunks <= 1) {
            // One chunk gains nothing from the pool, and handing it over costs a thread wake-up.
            body.run(0, count);
            return;
        }
        int grain = (count + chunks - 1) / chunks;
        Pool.INSTANCE.invoke(new Split(body, 0, count, grain));
    }

    /** Holds the pool, created on first use so that merely loading the backend starts no thread. */
    private static final class Pool {
        static final ForkJoinPool INSTANCE = new ForkJoinPool(threads());
    }

    private static final class Split extends RecursiveAction {

        private static final long serialVersionUID = 1L;

        private final transient RangeBody body;
        private final int from;
        private final int to;
        private final int grain;

        Split(RangeBody body, int from, int to, int grain) {
            this.body = body;
            this.from = from;
            this.to = to;
            this.grain = grain;
        }

        @Override
        protected void compute() {
            if (to - from <= grain) {
                body.run(from, to);
                return;
            }
            int middle = from + (to - from) / 2;
            invokeAll(new Split(body, from, middle, grain), new Split(body, middle, to, grain));
        }
    }
}
