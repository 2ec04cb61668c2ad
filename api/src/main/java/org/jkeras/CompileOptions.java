package org.jkeras;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeras.ndarray.NDArray;

/**
 * The arguments of Keras 2's {@code compile}, as an immutable value: each setter returns a new
 * instance, so one value can be shared and varied safely.
 *
 * <pre>{@code
 * model.compile(CompileOptions.of("rmsprop", "categorical_crossentropy")
 *         .metrics(List.of("accuracy"))
 *         .weightedMetrics(List.of("accuracy")));
 * }</pre>
 *
 * <p>Several Keras arguments take values of more than one kind, so the accessors return what was
 * set: the optimizer is a name or an {@link Optimizer}; the loss a name, a {@link Loss} or a map
 * from the output layer's name to either; metrics and weighted metrics a list of names and {@link
 * Metric}s or a map from the output layer's name to such a list. Values are checked by {@code
 * compile}, where the model they refer to is known.
 *
 * @param optimizer a name such as {@code "sgd"}, an {@link Optimizer}, or null when not set
 * @param loss a name, a {@link Loss}, a map keyed by output-layer name, or null when not set
 * @param metrics a list of names and {@link Metric}s, or a map keyed by output-layer name
 * @param sampleWeightMode null for one weight per sample, or {@code "temporal"} for one weight per
 *     sample and time step
 * @param weightedMetrics metrics weighted by sample and class weights, reported as {@code
 *     weighted_<name>}; a list or a map keyed by output-layer name
 * @param targetTensors targets fixed at compile time, or null; {@code fit}, {@code evaluate},
 *     {@code trainOnBatch} and {@code testOnBatch} then take {@code y == null}
 */
public record CompileOptions(
        Object optimizer,
        Object loss,
        Object metrics,
        String sampleWeightMode,
        Object weightedMetrics,
        NDArray targetTensors) {

    /** Copies lists and maps, so later changes to the caller's collections do not show here. */
    public CompileOptions {
        loss = copy(loss);
        metrics = copy(metrics);
        weightedMetrics = copy(weightedMetrics);
    }

    /** Returns options with nothing set: no optimizer, no loss, no metrics. */
    public static CompileOptions defaults() {
        return new CompileOptions(null, null, List.of(), null, List.of(), null);
    }

    /** Returns options with an optimizer and a loss given by Keras name. */
    public static CompileOptions of(String optimizer, String loss) {
        return defaults().optimizer(optimizer).loss(loss);
    }

    /** Returns options with an optimizer and a loss object. */
    public static CompileOptions of(Optimizer optimizer, Loss loss) {
        return defaults().optimizer(optimizer).loss(loss);
    }

    /** Returns a copy with the optimizer of that Keras name, with Keras's defaults. */
    public CompileOptions optimizer(String name) {
        return new CompileOptions(
                name, loss, metrics, sampleWeightMode, weightedMetrics, targetTensors);
    }

    /** Returns a copy with an optimizer object. */
    public CompileOptions optimizer(Optimizer value) {
        return new CompileOptions(
                value, loss, metrics, sampleWeightMode, weightedMetrics, targetTensors);
    }

    /** Returns a copy with the loss of that Keras name. */
    public CompileOptions loss(String name) {
        return new CompileOptions(
                optimizer, name, metrics, sampleWeightMode, weightedMetrics, targetTensors);
    }

    /** Returns a copy with a loss object. */
    public CompileOptions loss(Loss value) {
        return new CompileOptions(
                optimizer, value, metrics, sampleWeightMode, weightedMetrics, targetTensors);
    }

    /**
     * Returns a copy with a loss per output layer, keyed by the layer's name; each value is a name
     * or a {@link Loss}. A Sequential model has one output, its top layer.
     */
    public CompileOptions loss(Map<String, ?> byOutput) {
        return new CompileOptions(
                optimizer, byOutput, metrics, sampleWeightMode, weightedMetrics, targetTensors);
    }

    /** Returns a copy with metrics: names (such as {@code "accuracy"}) and {@link Metric}s. */
    public CompileOptions metrics(List<?> value) {
        return new CompileOptions(
                optimizer, loss, value, sampleWeightMode, weightedMetrics, targetTensors);
    }

    /** Returns a copy with metrics per output layer, keyed by the layer's name. */
    public CompileOptions metrics(Map<String, ? extends List<?>> byOutput) {
        return new CompileOptions(
                optimizer, loss, byOutput, sampleWeightMode, weightedMetrics, targetTensors);
    }

    /** Returns a copy with a sample weight mode: null, or {@code "temporal"}. */
    public CompileOptions sampleWeightMode(String value) {
        return new CompileOptions(optimizer, loss, metrics, value, weightedMetrics, targetTensors);
    }

    /** Returns a copy with metrics weighted by sample and class weights. */
    public CompileOptions weightedMetrics(List<?> value) {
        return new CompileOptions(optimizer, loss, metrics, sampleWeightMode, value, targetTensors);
    }

    /** Returns a copy with weighted metrics per output layer, keyed by the layer's name. */
    public CompileOptions weightedMetrics(Map<String, ? extends List<?>> byOutput) {
        return new CompileOptions(
                optimizer, loss, metrics, sampleWeightMode, byOutput, targetTensors);
    }

    /** Returns a copy with targets fixed at compile time, one row per training sample. */
    public CompileOptions targetTensors(NDArray value) {
        return new CompileOptions(
                optimizer, loss, metrics, sampleWeightMode, weightedMetrics, value);
    }

    private static Object copy(Object value) {
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(new ArrayList<>(list));
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, entry) -> copy.put(key, copy(entry)));
            return Collections.unmodifiableMap(copy);
        }
        return value;
    }
}
