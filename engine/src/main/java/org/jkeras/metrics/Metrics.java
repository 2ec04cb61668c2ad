package org.jkeras.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jkeras.losses.Losses;

/**
 * Resolves metric names as Keras 2.2.4 does: {@code accuracy} and {@code acc} pick binary, sparse
 * categorical or categorical accuracy from the loss and the output shape; any loss name is also a
 * metric.
 *
 * <pre>{@code
 * MetricFunction acc = Metrics.resolve("accuracy", "categorical_crossentropy", new int[] {10});
 * }</pre>
 */
public final class Metrics {

    private static final Map<String, Function<String, MetricFunction>> BY_NAME = new TreeMap<>();

    static {
        BY_NAME.put("binary_accuracy", BinaryAccuracy::new);
        BY_NAME.put("categorical_accuracy", CategoricalAccuracy::new);
        BY_NAME.put("sparse_categorical_accuracy", SparseCategoricalAccuracy::new);
        BY_NAME.put("top_k_categorical_accuracy", name -> new TopKCategoricalAccuracy(name, 5));
        BY_NAME.put(
                "sparse_top_k_categorical_accuracy",
                name -> new SparseTopKCategoricalAccuracy(name, 5));
    }

    private Metrics() {}

    /**
     * Returns a fresh metric reported under {@code name}. {@code accuracy}/{@code acc} is binary
     * when the loss is {@code binary_crossentropy} or the output has one unit, sparse categorical
     * when the loss is {@code sparse_categorical_crossentropy}, and categorical otherwise.
     *
     * @param name the metric as the user wrote it
     * @param lossName the compiled loss's name, or null
     * @param outputShape the model's output shape (its last dimension is the unit count), or null
     * @throws IllegalArgumentException if the name is unknown, listing the known ones
     */
    public static MetricFunction resolve(String name, String lossName, int[] outputShape) {
        if (name == null) {
            throw new IllegalArgumentException(
                    "metric: expected a name; known: "
                            + String.join(", ", names())
                            + ". Received: null");
        }
        if (name.equals("accuracy") || name.equals("acc")) {
            return accuracyFor(name, lossName, outputShape);
        }
        Function<String, MetricFunction> factory = BY_NAME.get(name);
        if (factory != null) {
            return factory.apply(name);
        }
        if (Losses.isKnown(name)) {
            return new LossMetric(name, Losses.get(name));
        }
        throw new IllegalArgumentException(
                "metric: unknown name '" + name + "'; known: " + String.join(", ", names()));
    }

    /** Returns the names {@link #resolve} accepts, loss names included, sorted. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(BY_NAME.keySet());
        names.add("acc");
        names.add("accuracy");
        names.addAll(Losses.names());
        names.sort(null);
        return names;
    }

    private static MetricFunction accuracyFor(String name, String lossName, int[] outputShape) {
        boolean oneUnit =
                outputShape != null
                        && outputShape.length > 0
                        && outputShape[outputShape.length - 1] == 1;
        if ("binary_crossentropy".equals(lossName) || oneUnit) {
            return new BinaryAccuracy(name);
        }
        if ("sparse_categorical_crossentropy".equals(lossName)) {
            return new SparseCategoricalAccuracy(name);
        }
        return new CategoricalAccuracy(name);
    }
}
