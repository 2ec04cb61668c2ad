package org.jkeras.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jkeras.CompileOptions;
import org.jkeras.Metric;
import org.jkeras.losses.LossFunction;
import org.jkeras.metrics.MetricFunction;
import org.jkeras.ndarray.NDArray;
import org.jkeras.optimizers.OptimizerBase;

/**
 * Turns the arguments of {@code compile} into a {@link CompiledModel}, checking every one against
 * the model first, so a bad argument leaves the earlier configuration in place.
 */
final class ModelCompiler {

    private static final String TEMPORAL = "temporal";

    private final ModelRegistries registries;

    ModelCompiler(ModelRegistries registries) {
        this.registries = registries;
    }

    /**
     * Resolves {@code options} for a model whose one output is the layer {@code outputName} with
     * samples of {@code outputShape}.
     *
     * @throws IllegalArgumentException if an argument is unknown or does not fit the model
     */
    CompiledModel compile(CompileOptions options, String outputName, int[] outputShape) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null. Received: null");
        }
        String mode = options.sampleWeightMode();
        if (mode != null && !mode.equals(TEMPORAL)) {
            throw new IllegalArgumentException(
                    "sampleWeightMode must be null or 'temporal'. Received: '" + mode + "'");
        }
        LossFunction loss = loss(options.loss(), outputName);
        OptimizerBase optimizer = optimizer(options.optimizer());
        Set<MetricFunction> used = Collections.newSetFromMap(new IdentityHashMap<>());
        List<MetricFunction> metrics =
                metrics("metrics", options.metrics(), outputName, outputShape, loss, used);
        List<MetricFunction> weighted =
                metrics(
                        "weightedMetrics",
                        options.weightedMetrics(),
                        outputName,
                        outputShape,
                        loss,
                        used);
        NDArray targets = options.targetTensors();
        if (targets != null) {
            DataChecks.checkTargets("targetTensors", targets, outputShape, loss.name());
        }
        CompiledModel compiled =
                new CompiledModel(optimizer, loss, metrics, weighted, mode != null, targets);
        requireDistinctNames(compiled.metricNames());
        return compiled;
    }

    private OptimizerBase optimizer(Object value) {
        if (value instanceof String name) {
            return registries.optimizer(name);
        }
        if (value instanceof OptimizerBase optimizer) {
            return optimizer;
        }
        throw new IllegalArgumentException(
                "optimizer must be a name (sgd, rmsprop, adagrad, adadelta, adam, adamax, nadam)"
                        + " or an optimizer of the jkeras engine (see org.jkeras.optimizers)."
                        + " Received: "
                        + describe(value));
    }

    private LossFunction loss(Object value, String outputName) {
        if (value instanceof Map<?, ?> byOutput) {
            requireOutputKeys("loss", byOutput, outputName);
            if (!byOutput.containsKey(outputName)) {
                throw new IllegalArgumentException(
                        "loss must have an entry for the output '"
                                + outputName
                                + "'. Received: a map with no entries");
            }
            return loss(byOutput.get(outputName), outputName);
        }
        if (value instanceof String name) {
            return registries.loss(name);
        }
        if (value instanceof LossFunction loss) {
            return loss;
        }
        throw new IllegalArgumentException(
                "loss must be a name (such as mse or categorical_crossentropy), a loss of the"
                        + " jkeras engine (see org.jkeras.losses) or a map keyed by the output"
                        + " layer's name '"
                        + outputName
                        + "'. Received: "
                        + describe(value));
    }

    private List<MetricFunction> metrics(
            String argument,
            Object value,
            String outputName,
            int[] outputShape,
            LossFunction loss,
            Set<MetricFunction> used) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Map<?, ?> byOutput) {
            requireOutputKeys(argument, byOutput, outputName);
            Object forOutput = byOutput.get(outputName);
            String entry = argument + "['" + outputName + "']";
            return metricList(entry, forOutput, outputShape, loss, used);
        }
        return metricList(argument, value, outputShape, loss, used);
    }

    private List<MetricFunction> metricList(
            String argument,
            Object value,
            int[] outputShape,
            LossFunction loss,
            Set<MetricFunction> used) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(
                    argument
                            + " must be a list of metric names and metrics. Received: "
                            + describe(value));
        }
        List<MetricFunction> resolved = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String element = argument + "[" + i + "]";
            Object item = list.get(i);
            if (item instanceof String name) {
                resolved.add(registries.metric(element, name, loss.name(), outputShape));
            } else if (item instanceof MetricFunction metric) {
                if (!used.add(metric)) {
                    throw new IllegalArgumentException(
                            element
                                    + " must be a metric object not used elsewhere in compile,"
                                    + " since a metric keeps running state. Received: the metric '"
                                    + metric.name()
                                    + "' a second time");
                }
                resolved.add(metric);
            } else {
                throw new IllegalArgumentException(
                        element
                                + " must be a metric name (such as accuracy) or a metric of the"
                                + " jkeras engine (see org.jkeras.metrics). Received: "
                                + (item instanceof Metric metric
                                        ? "the foreign metric " + metric.name()
                                        : describe(item)));
            }
        }
        return resolved;
    }

    private static void requireOutputKeys(String argument, Map<?, ?> byOutput, String outputName) {
        for (Object key : byOutput.keySet()) {
            if (!outputName.equals(key)) {
                throw new IllegalArgumentException(
                        argument
                                + ": unknown entry '"
                                + key
                                + "' in the map; the only output is ['"
                                + outputName
                                + "']. Received: keys "
                                + byOutput.keySet());
            }
        }
    }

    private static void requireDistinctNames(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals("loss") || names.indexOf(names.get(i)) != i) {
                throw new IllegalArgumentException(
                        "metrics must have distinct names other than 'loss'. Received: " + names);
            }
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof int[] shape) {
            return Arrays.toString(shape);
        }
        return "an instance of " + value.getClass().getName();
    }
}
