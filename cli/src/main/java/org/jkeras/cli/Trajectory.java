package org.jkeras.cli;

import java.util.List;
import java.util.Map;

/**
 * One backend's run of an example: the values of each loss and metric at epoch 0, the initial
 * weights evaluated before training, and then after each epoch, as {@link
 * org.jkeras.History#history()} gives them.
 *
 * @param label the backend's name, with {@code #2}, {@code #3} when a backend runs twice
 * @param values each metric's values indexed by epoch, in the order Keras logs the metrics
 */
record Trajectory(String label, Map<String, List<Double>> values) {

    double value(String metric, int epoch) {
        List<Double> perEpoch = values.get(metric);
        return perEpoch == null || epoch >= perEpoch.size() ? Double.NaN : perEpoch.get(epoch);
    }
}
