package org.jkeras.it;

/** Counts the engine's live generator worker threads, which are named {@code jkeras-generator-}. */
final class GeneratorThreads {

    private GeneratorThreads() {}

    static long live() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("jkeras-generator-"))
                .count();
    }
}
