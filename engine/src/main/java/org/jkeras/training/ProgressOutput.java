package org.jkeras.training;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Where progress output goes: the stream, whether it is a terminal that can redraw a line in place,
 * and the clock that times epochs and steps.
 *
 * @param stream the stream written to
 * @param dynamic whether the stream is a terminal: the bar is then redrawn in place; otherwise only
 *     finished lines are printed, as for a file or a pipe
 * @param nanoTime the clock, in nanoseconds
 */
public record ProgressOutput(PrintStream stream, boolean dynamic, LongSupplier nanoTime) {

    /** Checks that every part is present. */
    public ProgressOutput {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Returns the output of a process: standard output, redrawn when it is a console. */
    public static ProgressOutput standardOutput() {
        return new ProgressOutput(System.out, System.console() != null, System::nanoTime);
    }
}
