package org.jkeras.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The trajectories of one example on several backends, side by side: per epoch and metric, the
 * spread between the backends, the largest spread, and the first epoch where a spread passes its
 * tolerance.
 */
final class Comparison {

    private final List<Trajectory> trajectories;
    private final List<String> metrics;
    private final int epochs;

    /** Compares {@code trajectories} over epoch 0 (the initial weights) to {@code epochs}. */
    Comparison(List<Trajectory> trajectories, int epochs) {
        if (trajectories.size() < 2) {
            throw new IllegalArgumentException(
                    "trajectories must hold at least two runs. Received: " + trajectories.size());
        }
        this.trajectories = List.copyOf(trajectories);
        this.metrics = List.copyOf(trajectories.get(0).values().keySet());
        this.epochs = epochs;
    }

    /**
     * Returns the divergence of every metric at every epoch, epoch by epoch from epoch 0, the
     * initial weights.
     */
    List<Divergence> divergences() {
        List<Divergence> all = new ArrayList<>();
        for (int epoch = 0; epoch <= epochs; epoch++) {
            for (String metric : metrics) {
                all.add(divergence(epoch, metric));
            }
        }
        return all;
    }

    /** Returns the largest divergence of all. */
    Divergence largest() {
        Divergence largest = null;
        for (Divergence divergence : divergences()) {
            if (largest == null || divergence.spread() > largest.spread()) {
                largest = divergence;
            }
        }
        return largest;
    }

    /**
     * Returns the largest divergence of the first epoch where some judged spread passes its limit,
     * or empty when every judged spread is within its limit.
     */
    Optional<Divergence> firstBeyond(Tolerances tolerances) {
        Divergence worst = null;
        for (Divergence divergence : divergences()) {
            if (worst != null && divergence.epoch() > worst.epoch()) {
                break;
            }
            if (divergence.spread() > tolerances.limitFor(divergence)
                    && (worst == null || divergence.spread() > worst.spread())) {
                worst = divergence;
            }
        }
        return Optional.ofNullable(worst);
    }

    /** Prints one row per epoch and metric: each backend's value, and the spread. */
    void print(PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("EPOCH", "METRIC"));
        trajectories.forEach(trajectory -> header.add(trajectory.label()));
        header.add("SPREAD");
        Table table = new Table(header.toArray(String[]::new));
        for (Divergence divergence : divergences()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(divergence.epoch()));
            row.add(divergence.metric());
            for (Trajectory trajectory : trajectories) {
                double value = trajectory.value(divergence.metric(), divergence.epoch());
                row.add(String.format(Locale.ROOT, "%.6f", value));
            }
            row.add(String.format(Locale.ROOT, "%.1e", divergence.spread()));
            table.row(row.toArray(String[]::new));
        }
        table.print(out);
    }

    private Divergence divergence(int epoch, String metric) {
        Trajectory low = null;
        Trajectory high = null;
        int nans = 0;
        for (Trajectory trajectory : trajectories) {
            double value = trajectory.value(metric, epoch);
            if (Double.isNaN(value)) {
                nans++;
                continue;
            }
            if (low == null || value < low.value(metric, epoch)) {
                low = trajectory;
            }
            if (high == null || value > high.value(metric, epoch)) {
                high = trajectory;
            }
        }
        if (nans > 0) {
            return nanDivergence(epoch, metric, nans);
        }
        if (high == low) {
            // Every value is equal: name two different runs, not one run twice.
            high = trajectories.get(trajectories.indexOf(low) == 0 ? 1 : 0);
        }
        double lowValue = low.value(metric, epoch);
        double highValue = high.value(metric, epoch);
        return new Divergence(
                epoch,
                metric,
                highValue - lowValue,
                low.label(),
                lowValue,
                high.label(),
                highValue);
    }

    private Divergence nanDivergence(int epoch, String metric, int nans) {
        // NaN on every backend is agreement; NaN on some is as far apart as values can be.
        double spread = nans == trajectories.size() ? 0 : Double.POSITIVE_INFINITY;
        Trajectory first = trajectories.get(0);
        Trajectory other =
                trajectories.stream()
                        .filter(
                                t ->
                                        Double.isNaN(t.value(metric, epoch))
                                                != Double.isNaN(first.value(metric, epoch)))
                        .findFirst()
                        .orElse(trajectories.get(1));
        return new Divergence(
                epoch,
                metric,
                spread,
                first.label(),
                first.value(metric, epoch),
                other.label(),
                other.value(metric, epoch));
    }
}
