package org.jkeras.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jkeras.Batch;
import org.jkeras.Sequence;
import org.jkeras.ndarray.NDArray;

/**
 * A {@link Sequence} over arrays in batches of a fixed size, for the generator tests: it records
 * the indices asked for and the passes ended, can sleep in {@code get} (longer for early indices,
 * so that workers finish out of order), and can throw at one index.
 */
class ArraySequence implements Sequence {

    final List<Integer> requested = new CopyOnWriteArrayList<>();
    final AtomicInteger epochsEnded = new AtomicInteger();
    private final NDArray x;
    private final NDArray y;
    private final int batchSize;
    private long sleepMillis;
    private int failAt = -1;

    ArraySequence(NDArray x, NDArray y, int batchSize) {
        this.x = x;
        this.y = y;
        this.batchSize = batchSize;
    }

    /** Sleeps {@code millis} times (size - index) in each get, so later indices finish first. */
    ArraySequence sleepingDescending(long millis) {
        this.sleepMillis = millis;
        return this;
    }

    /** Throws an {@link IllegalStateException} when asked for {@code index}. */
    ArraySequence failingAt(int index) {
        this.failAt = index;
        return this;
    }

    @Override
    public int size() {
        return (x.length() + batchSize - 1) / batchSize;
    }

    @Override
    public Batch get(int index) {
        requested.add(index);
        if (index == failAt) {
            throw new IllegalStateException("no batch " + index);
        }
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis * (size() - index));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted in get(" + index + ")", e);
            }
        }
        int from = index * batchSize;
        int to = Math.min(x.length(), from + batchSize);
        return Batch.of(x.rows(from, to), y == null ? null : y.rows(from, to));
    }

    @Override
    public void onEpochEnd() {
        epochsEnded.incrementAndGet();
    }
}
