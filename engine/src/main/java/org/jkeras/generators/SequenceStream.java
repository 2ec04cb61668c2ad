package org.jkeras.generators;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jkeras.Batch;
import org.jkeras.Sequence;
import org.jkeras.random.SeededRandom;

/**
 * A {@link Sequence}'s batches, pass after pass, as Keras's {@code OrderedEnqueuer} yields them:
 * each pass visits every index once (in a new random order when shuffling), and {@link
 * Sequence#onEpochEnd()} runs between passes. With workers, up to {@code ahead} batches are
 * requested ahead as futures kept in the order of their indices, so batches arrive in that order
 * whichever worker finishes first; the next pass is requested only once the last batch of the
 * current one has been taken and {@code onEpochEnd} has returned, so it never runs beside a {@code
 * get}. The order of every pass is drawn on the calling thread.
 */
final class SequenceStream implements BatchStream {

    private final String call;
    private final Sequence sequence;
    private final SeededRandom shuffle;
    private final WorkerPool pool;
    private final int ahead;
    private final Deque<Future<Batch>> pending = new ArrayDeque<>();
    private int[] order;
    private int requested;
    private int taken;

    /**
     * @param shuffle the generator of each pass's order, or null for index order
     * @param workers the worker threads to start, or 0 to call {@code get} on the calling thread
     * @param ahead how many batches may be requested before they are taken
     */
    SequenceStream(String call, Sequence sequence, SeededRandom shuffle, int workers, int ahead) {
        this.call = call;
        this.sequence = sequence;
        this.shuffle = shuffle;
        this.ahead = ahead;
        startPass();
        this.pool = workers == 0 ? null : new WorkerPool(workers);
    }

    @Override
    public Batch next(String step) {
        StreamErrors.checkInterrupt(call, step);
        Batch batch = pool == null ? getHere(order[taken], step) : await(step);
        taken++;
        if (taken == order.length) {
            endPass();
        }
        requestAhead();
        return batch;
    }

    @Override
    public void close() {
        if (pool != null) {
            pending.forEach(future -> future.cancel(true));
            pending.clear();
            pool.stop();
        }
    }

    private Batch getHere(int index, String step) {
        Batch batch;
        try {
            batch = sequence.get(index);
        } catch (RuntimeException e) {
            throw StreamErrors.failed(call, step, e);
        }
        return StreamErrors.requireBatch(call, step, batch);
    }

    private Batch await(String step) {
        requestAhead();
        Future<Batch> future = pending.poll();
        Batch batch;
        try {
            batch = future.get();
        } catch (InterruptedException e) {
            throw StreamErrors.interrupted(call, step, e);
        } catch (ExecutionException e) {
            throw StreamErrors.failed(call, step, e.getCause());
        }
        return StreamErrors.requireBatch(call, step, batch);
    }

    private void requestAhead() {
        if (pool == null) {
            return;
        }
        while (pending.size() < ahead && requested < order.length) {
            int index = order[requested++];
            pending.add(pool.executor().submit(() -> sequence.get(index)));
        }
    }

    private void endPass() {
        try {
            sequence.onEpochEnd();
        } catch (RuntimeException e) {
            throw StreamErrors.onEpochEndFailed(call, e);
        }
        startPass();
    }

    private void startPass() {
        int size = sequence.size();
        if (size <= 0) {
            throw new IllegalArgumentException(
                    "generator: a Sequence must hold at least one batch. Received: size " + size);
        }
        order = shuffle == null ? identity(size) : shuffle.permutation(size);
        requested = 0;
        taken = 0;
    }

    private static int[] identity(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return order;
    }
}
