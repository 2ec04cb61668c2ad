package org.jkeras.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test's JVM and keeps what it wrote. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Cli(code, out.toString(), err.toString());
        } finally {
            // --classpath replaces the context class loader; later tests start from the original.
            Thread.currentThread().setContextClassLoader(loader);
        }
    }

    /** Runs the command line where backend discovery finds no backend at all. */
    static Cli runWithNoBackend(String... args) {
        Thread thread = Thread.currentThread();
        ClassLoader loader = thread.getContextClassLoader();
        // Discovery searches the context class loader; the platform loader sees no classpath jar.
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            return run(args);
        } finally {
            thread.setContextClassLoader(loader);
        }
    }

    /** Returns the first line written to standard error. */
    String firstErrorLine() {
        return err.lines().findFirst().orElse("");
    }
}
