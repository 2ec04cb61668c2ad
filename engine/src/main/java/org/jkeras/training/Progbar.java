package org.jkeras.training;

import java.util.Locale;
import java.util.Map;

/**
 * Keras 2's progress bar: {@code 96/100 [============================>.] - ETA: 0s - loss: 0.25}
 * while running, {@code 100/100 [==============================] - 3s 62us/step - loss: 0.2466}
 * when done (verbose 1), or only {@code - 3s - loss: 0.2466} when done (verbose 2).
 *
 * <p>On a terminal a running bar is redrawn in place at most every 50 ms; elsewhere only the
 * finished line is printed, so logs stay readable.
 */
public final class Progbar {

    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 50_000_000L;

    private final int target;
    private final int verbose;
    private final ProgressOutput output;
    private final long start;
    private long lastUpdate;
    private int totalWidth;

    /**
     * Starts a bar.
     *
     * @param target the count that completes it, such as the number of samples
     * @param verbose 1 for the bar, 2 for one line when done, 0 for nothing
     * @param output where to print
     */
    public Progbar(int target, int verbose, ProgressOutput output) {
        this.target = target;
        this.verbose = verbose;
        this.output = output;
        this.start = output.nanoTime().getAsLong();
        this.lastUpdate = start - INTERVAL_NANOS;
    }

    /**
     * Shows progress at {@code current} with the given running values; prints a finished line when
     * {@code current} reaches the target.
     */
    public void update(int current, Map<String, Double> values) {
        long now = output.nanoTime().getAsLong();
        boolean done = current >= target;
        if (verbose == 1) {
            if (!done && (!output.dynamic() || now - lastUpdate < INTERVAL_NANOS)) {
                return;
            }
            lastUpdate = now;
            printBar(current, values, now, done);
        } else if (verbose == 2 && done) {
            output.stream().print(finishedInfo(current, values, now, false) + "\n");
            output.stream().flush();
        }
    }

    /** Prints the finished line at {@code current}, even if it falls short of the target. */
    public void finish(int current, Map<String, Double> values) {
        long now = output.nanoTime().getAsLong();
        if (verbose == 1) {
            printBar(current, values, now, true);
        } else if (verbose == 2) {
            output.stream().print(finishedInfo(current, values, now, false) + "\n");
            output.stream().flush();
        }
    }

    private void printBar(int current, Map<String, Double> values, long now, boolean done) {
        StringBuilder line = new StringBuilder();
        if (output.dynamic()) {
            line.append('\r');
        }
        String bar = bar(current);
        String info =
                done
                        ? finishedInfo(current, values, now, true)
                        : " - ETA: " + eta(current, now) + formatValues(values);
        int width = bar.length() + info.length();
        line.append(bar).append(info);
        if (output.dynamic() && totalWidth > width) {
            line.append(" ".repeat(totalWidth - width));
        }
        totalWidth = width;
        if (done) {
            line.append('\n');
        }
        output.stream().print(line);
        output.stream().flush();
    }

    private String bar(int current) {
        int digits = Integer.toString(Math.max(target, 1)).length();
        StringBuilder bar = new StringBuilder();
        bar.append(String.format(Locale.ROOT, "%" + digits + "d/%d [", current, target));
        double fraction = target == 0 ? 1 : Math.min(1.0, (double) current / target);
        int filled = (int) (WIDTH * fraction);
        if (filled > 0) {
            bar.append("=".repeat(filled - 1)).append(current < target ? '>' : '=');
        }
        bar.append(".".repeat(WIDTH - filled)).append(']');
        return bar.toString();
    }

    private String finishedInfo(int current, Map<String, Double> values, long now, boolean step) {
        double elapsed = (now - start) / 1e9;
        StringBuilder info = new StringBuilder(" - " + whole(elapsed) + "s");
        if (step) {
            double perUnit = current == 0 ? 0 : elapsed / current;
            if (perUnit >= 1) {
                info.append(" ").append(whole(perUnit)).append("s/step");
            } else if (perUnit >= 1e-3) {
                info.append(" ").append(whole(perUnit * 1e3)).append("ms/step");
            } else {
                info.append(" ").append(whole(perUnit * 1e6)).append("us/step");
            }
        }
        return info + formatValues(values);
    }

    private String eta(int current, long now) {
        double perUnit = current == 0 ? 0 : (now - start) / 1e9 / current;
        long eta = (long) (perUnit * (target - current));
        if (eta > 3600) {
            return String.format(
                    Locale.ROOT, "%d:%02d:%02d", eta / 3600, (eta % 3600) / 60, eta % 60);
        }
        if (eta > 60) {
            return String.format(Locale.ROOT, "%d:%02d", eta / 60, eta % 60);
        }
        return eta + "s";
    }

    /** Rounds half to even, as Python's {@code %.0f} does, so times read as in Keras. */
    private static long whole(double value) {
        return (long) Math.rint(value);
    }

    /** Formats values as Keras does: four decimals, or scientific notation when tiny. */
    static String formatValues(Map<String, Double> values) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            double value = entry.getValue();
            String format = Math.abs(value) > 1e-3 ? " - %s: %.4f" : " - %s: %.4e";
            text.append(String.format(Locale.ROOT, format, entry.getKey(), value));
        }
        return text.toString();
    }
}
