package org.jkeras.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeras.losses.LossFunction;
import org.jkeras.metrics.MetricFunction;
import org.jkeras.ndarray.NDArray;
import org.jkeras.optimizers.OptimizerBase;

/**
 * What {@code compile} configured: the optimizer, the loss, the plain and the weighted metrics,
 * whether sample weights are temporal, and the targets fixed at compile time (or null).
 */
record CompiledModel(
        OptimizerBase optimizer,
        LossFunction loss,
        List<MetricFunction> metrics,
        List<MetricFunction> weightedMetrics,
        boolean temporal,
        NDArray targetTensors) {

    /** The prefix Keras gives weighted metrics in logs and {@code metricsNames}. */
    static final String WEIGHTED_PREFIX = "weighted_";

    CompiledModel {
        metrics = List.copyOf(metrics);
        weightedMetrics = List.copyOf(weightedMetrics);
    }

    /** Returns the metric labels after {@code loss}: the plain ones, then the weighted ones. */
    List<String> metricNames() {
        List<String> names = new ArrayList<>();
        metrics.forEach(metric -> names.add(metric.name()));
        weightedMetrics.forEach(metric -> names.add(WEIGHTED_PREFIX + metric.name()));
        return names;
    }

    /** Forgets every metric's running state, as at the start of an epoch or an evaluation. */
    void resetMetrics() {
        metrics.forEach(MetricFunction::reset);
        weightedMetrics.forEach(MetricFunction::reset);
    }

    /** Returns {@code loss} and each metric's running result, in {@code metricsNames} order. */
    Map<String, Double> results(double loss) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("loss", loss);
        metrics.forEach(metric -> values.put(metric.name(), metric.result()));
        weightedMetrics.forEach(
                metric -> values.put(WEIGHTED_PREFIX + metric.name(), metric.result()));
        return values;
    }
}
