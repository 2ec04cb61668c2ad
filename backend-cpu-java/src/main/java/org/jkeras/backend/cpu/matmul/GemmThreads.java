package org.jkeras.backend.cpu.matmul;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * The fixed pool of daemon threads that large products are split across, one per available
 * processor; the calling thread always runs the first share itself.
 */
final class GemmThreads {

    private static final int PARALLELISM = Runtime.getRuntime().availableProcessors();

    /** Marks pool threads, so a product started from one runs inline instead of deadlocking. */
    private static final ThreadLocal<Boolean> IN_POOL = ThreadLocal.withInitial(() -> false);

    private GemmThreads() {}

    /** The number of threads a large product is split across by default. */
    static int parallelism() {
        return PARALLELISM;
    }

    /**
     * Runs {@code task} for each share in {@code [0, shares)}, share 0 on the calling thread and
     * the rest on the pool, and returns when all are done.
     */
    static void runShares(int shares, IntConsumer task) {
        if (shares == 1 || IN_POOL.get()) {
            for (int share = 0; share < shares; share++) {
                task.accept(share);
            }
            return;
        }
        List<Future<?>> pending = new ArrayList<>(shares - 1);
        for (int share = 1; share < shares; share++) {
            int index = share;
            pending.add(Pool.EXECUTOR.submit(() -> task.accept(index)));
        }
        task.accept(0);
        awaitAll(pending);
    }

    private static void awaitAll(List<Future<?>> pending) {
        boolean interrupted = false;
        RuntimeException failure = null;
        for (Future<?> future : pending) {
            while (true) {
                try {
                    future.get();
                    break;
                } catch (InterruptedException e) {
                    // The shares still write into the caller's array, so wait them out.
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = asUnchecked(e.getCause());
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException asUnchecked(Throwable cause) {
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException("a matmul share failed", cause);
    }

    /** Holds the executor, so that it is created on the first parallel product only. */
    private static final class Pool {

        static final ExecutorService EXECUTOR =
                Executors.newFixedThreadPool(
                        PARALLELISM,
                        runnable -> {
                            Thread thread =
                                    new Thread(
                                            () -> {
                                                IN_POOL.set(true);
                                                runnable.run();
                                            },
                                            "jkeras-matmul");
                            thread.setDaemon(true);
                            return thread;
                        });
    }
}
