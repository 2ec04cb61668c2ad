package org.jkeras.generators;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jkeras.Batch;

/**
 * A plain generator drawn ahead by one worker thread into a bounded queue, as Keras's {@code
 * GeneratorEnqueuer} does. An iterator is not thread-safe, so a single thread draws from it: the
 * queue then holds batches in the order the generator produced them. The worker ends at the
 * generator's end or first exception, which it queues for the model to meet at the matching step.
 */
final class QueuedIteratorStream implements BatchStream {

    private static final long OFFER_MILLIS = 50;

    /** What the worker put in the queue: a batch, the generator's end, or its exception. */
    private record Slot(Batch batch, Throwable failure) {
        static final Slot END = new Slot(null, null);
    }

    private final String call;
    private final BlockingQueue<Slot> queue;
    private final WorkerPool pool;
    private volatile boolean stopped;
    private long yielded;

    QueuedIteratorStream(String call, Iterator<Batch> generator, int capacity) {
        this.call = call;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.pool = new WorkerPool(1);
        pool.executor().execute(() -> produce(generator));
    }

    @Override
    public Batch next(String step) {
        StreamErrors.checkInterrupt(call, step);
        Slot slot;
        try {
            slot = queue.take();
        } catch (InterruptedException e) {
            throw StreamErrors.interrupted(call, step, e);
        }
        if (slot.batch() == null) {
            // The worker has ended: leave its last word for any later call of next.
            queue.add(slot);
            if (slot.failure() != null) {
                throw StreamErrors.failed(call, step, slot.failure());
            }
            throw StreamErrors.ended(call, step, yielded);
        }
        yielded++;
        return slot.batch();
    }

    @Override
    public void close() {
        stopped = true;
        pool.stop();
    }

    private void produce(Iterator<Batch> generator) {
        try {
            while (!stopped) {
                Slot slot = draw(generator);
                // Offers with a timeout, as a generator that swallowed close's interrupt
                // must not leave this thread blocked on a full queue.
                while (!queue.offer(slot, OFFER_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        return;
                    }
                }
                if (slot.batch() == null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // Interrupted by close: the model needs no more batches.
            Thread.currentThread().interrupt();
        }
    }

    private static Slot draw(Iterator<Batch> generator) {
        try {
            if (!generator.hasNext()) {
                return Slot.END;
            }
            Batch batch = generator.next();
            return batch == null ? new Slot(null, StreamErrors.nullBatch()) : new Slot(batch, null);
        } catch (NoSuchElementException e) {
            return Slot.END;
        } catch (RuntimeException | Error e) {
            return new Slot(null, e);
        }
    }
}
