package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Counts the engine's live generator worker threads, which are named {@code jkeras-generator-}. As
 * an extension ({@code @ExtendWith(GeneratorThreads.class)}) it counts them before each test and
 * checks after it that as many are alive as before, none: no worker outlives its call.
 */
final class GeneratorThreads implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(GeneratorThreads.class);

    private GeneratorThreads() {}

    static long live() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("jkeras-generator-"))
                .count();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("before", live());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        long before = context.getStore(NAMESPACE).get("before", Long.class);
        long after = live();
        assertEquals(before, after, "generator threads alive before and after the test");
        assertEquals(0, after, "generator threads alive after the test");
    }
}
