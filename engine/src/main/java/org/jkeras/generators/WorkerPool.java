package org.jkeras.generators;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker threads of one stream: named {@code jkeras-generator-<stream>-<n>}, daemon so that a
 * generator stuck in user code cannot keep the JVM alive, and always joined when stopped.
 */
final class WorkerPool {

    /** The prefix of every worker thread's name, so tests and thread dumps can find them. */
    static final String THREAD_PREFIX = "jkeras-generator-";

    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final long WARN_AFTER_MILLIS = 10_000;

    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final ExecutorService executor;

    WorkerPool(int size) {
        String prefix = THREAD_PREFIX + POOLS.incrementAndGet() + "-";
        this.executor =
                Executors.newFixedThreadPool(
                        size,
                        task -> {
                            Thread thread = new Thread(task, prefix + (threads.size() + 1));
                            thread.setDaemon(true);
                            threads.add(thread);
                            return thread;
                        });
    }

    ExecutorService executor() {
        return executor;
    }

    /**
     * Interrupts the workers and waits until every one has ended. The wait ignores interrupts, so
     * that no worker outlives the call even when the call ends because it was interrupted; the
     * caller's interrupt flag is set again afterwards.
     */
    void stop() {
        executor.shutdownNow();
        boolean interrupted = Thread.interrupted();
        try {
            for (Thread thread : threads) {
                interrupted |= join(thread);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for {@code thread} to end; returns whether the wait was interrupted. */
    private static boolean join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join(WARN_AFTER_MILLIS);
                if (thread.isAlive()) {
                    LOG.warn(
                            "still waiting for generator worker {} to end; a generator or"
                                    + " Sequence.get that ignores interrupts keeps it running",
                            thread.getName());
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        return interrupted;
    }
}
