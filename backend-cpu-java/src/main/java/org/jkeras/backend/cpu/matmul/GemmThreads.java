package org.jkeras.backend.cpu.matmul;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The fixed set of daemon threads that large products are split across: one fewer than the
 * available processors, since the calling thread takes shares too.
 *
 * <p>A product of 128x784x512 takes under a millisecond, and waking a parked thread on a virtual
 * machine can take a good part of that, so the workers spin for a while after each product before
 * they park, and the caller spins while it waits for the last share. One product runs on the
 * workers at a time; a product started while they are busy, or from inside a share, runs its shares
 * on its own thread.
 */
final class GemmThreads {

    private static final int PARALLELISM = Runtime.getRuntime().availableProcessors();

    /** How long an idle worker polls for the next product before it parks. */
    private static final long SPIN_NANOS = 200_000L;

    private GemmThreads() {}

    /** The number of threads a large product is split across by default. */
    static int parallelism() {
        return PARALLELISM;
    }

    /**
     * Runs {@code task} for each share in {@code [0, shares)}, on the calling thread and the
     * workers, and returns when all are done; a failure of any share is rethrown here.
     */
    static void runShares(int shares, IntConsumer task) {
        if (shares == 1
                || PARALLELISM == 1
                || Thread.currentThread() instanceof Worker
                || !Workers.BUSY.compareAndSet(false, true)) {
            for (int share = 0; share < shares; share++) {
                task.accept(share);
            }
            return;
        }
        try {
            Workers.run(new Job(task, shares, Thread.currentThread()));
        } finally {
            Workers.BUSY.set(false);
        }
    }

    /** One product's shares: claimed one at a time by whichever thread is free. */
    private static final class Job {

        final IntConsumer task;
        final int shares;
        final Thread caller;
        final long generation;
        final AtomicInteger nextShare = new AtomicInteger();
        final AtomicInteger unfinished;
        volatile Throwable failure;

        Job(IntConsumer task, int shares, Thread caller) {
            this.task = task;
            this.shares = shares;
            this.caller = caller;
            this.generation = Workers.nextGeneration();
            this.unfinished = new AtomicInteger(shares);
        }

        /** Runs shares until none is left to claim. */
        void work() {
            for (int share = nextShare.getAndIncrement();
                    share < shares;
                    share = nextShare.getAndIncrement()) {
                try {
                    task.accept(share);
                } catch (Throwable e) {
                    // Kept for the caller, which rethrows it once every share has stopped.
                    if (failure == null) {
                        failure = e;
                    }
                }
                if (unfinished.decrementAndGet() == 0) {
                    LockSupport.unpark(caller);
                }
            }
        }

        /** Waits, spinning first, until every share has finished. */
        void awaitShares() {
            long start = System.nanoTime();
            while (unfinished.get() != 0) {
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }

        void rethrowFailure() {
            Throwable cause = failure;
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            if (cause != null) {
                throw new IllegalStateException("a matmul share failed", cause);
            }
        }
    }

    /** The worker threads, started on the first parallel product. */
    private static final class Workers {

        static final AtomicBoolean BUSY = new AtomicBoolean();

        private static final Worker[] THREADS = startWorkers();

        private static long generations;

        /** The product the workers should join, or null between products. */
        private static volatile Job current;

        private static synchronized long nextGeneration() {
            return ++generations;
        }

        private static Worker[] startWorkers() {
            Worker[] workers = new Worker[Math.max(0, PARALLELISM - 1)];
            for (int i = 0; i < workers.length; i++) {
                workers[i] = new Worker(i);
                workers[i].start();
            }
            return workers;
        }

        static void run(Job job) {
            current = job;
            for (Worker worker : THREADS) {
                LockSupport.unpark(worker);
            }
            try {
                job.work();
                job.awaitShares();
            } finally {
                current = null;
            }
            job.rethrowFailure();
        }

        /** Waits, spinning first, for a product newer than {@code seen}. */
        static Job awaitJob(Worker worker, long seen) {
            long start = System.nanoTime();
            while (true) {
                Job job = current;
                if (job != null && job.generation > seen) {
                    return job;
                }
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(worker);
                }
            }
        }
    }

    /** A daemon thread that joins each product as it is published. */
    private static final class Worker extends Thread {

        Worker(int index) {
            super("jkeras-matmul-" + index);
            setDaemon(true);
        }

        @Override
        public void run() {
            long seen = 0;
            while (true) {
                Job job = Workers.awaitJob(this, seen);
                seen = job.generation;
                job.work();
            }
        }
    }
}
