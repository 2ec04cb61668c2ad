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

    /** Returns the first line written to standard error. */
    String firstErrorLine() {
        return err.lines().findFirst().orElse("");
    }
}
