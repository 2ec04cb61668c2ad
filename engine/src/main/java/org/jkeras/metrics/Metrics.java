package org.jkeras.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.losses.LossFunction;
import org.jkeras.losses.Losses;
import org.jkeras.ndarray.DType;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

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
        BY_NAME.put("top_k_categorical_accuracy", name -> new TopKAccuracy(name, 5, false));
        BY_NAME.put("sparse_top_k_categorical_accuracy", name -> new TopKAccuracy(name, 5, true));
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

    private static Tensor toFloat(Backend backend, Tensor x) {
        return x.dtype() == DType.FLOAT32
                ? backend.reshape(x, x.shape())
                : backend.cast(x, DType.FLOAT32);
    }

    /** The predictions' shape without the class axis, which sparse labels must fill. */
    private static Tensor sparseLabels(Backend backend, Tensor yTrue, int[] predShape) {
        int[] labelShape = Arrays.copyOf(predShape, predShape.length - 1);
        try (Tensor asFloat = toFloat(backend, yTrue)) {
            return backend.reshape(asFloat, labelShape);
        }
    }

    /** Keras 2.2.4: {@code mean(equal(y_true, round(y_pred)), axis=-1)}. */
    private static final class BinaryAccuracy extends MeanMetric {
        BinaryAccuracy(String name) {
            super(name);
        }

        @Override
        Tensor values(Backend backend, Tensor yTrue, Tensor yPred) {
            try (Tensor labels = toFloat(backend, yTrue);
                    Tensor rounded = backend.unary(UnaryOp.ROUND, yPred)) {
                return backend.compare(CompareOp.EQUAL, labels, rounded);
            }
        }
    }

    /** Keras 2.2.4: {@code equal(argmax(y_true, -1), argmax(y_pred, -1))}. */
    private static final class CategoricalAccuracy extends MeanMetric {
        CategoricalAccuracy(String name) {
            super(name);
        }

        @Override
        Tensor values(Backend backend, Tensor yTrue, Tensor yPred) {
            try (Tensor labels = toFloat(backend, yTrue);
                    Tensor trueClass = backend.argMax(labels, -1);
                    Tensor predClass = backend.argMax(yPred, -1)) {
                return backend.compare(CompareOp.EQUAL, trueClass, predClass);
            }
        }
    }

    /** Keras 2.2.4: the integer label equals {@code argmax(y_pred, -1)}. */
    private static final class SparseCategoricalAccuracy extends MeanMetric {
        SparseCategoricalAccuracy(String name) {
            super(name);
        }

        @Override
        Tensor values(Backend backend, Tensor yTrue, Tensor yPred) {
            try (Tensor labels = sparseLabels(backend, yTrue, yPred.shape());
                    Tensor predClass = backend.argMax(yPred, -1);
                    Tensor predFloat = backend.cast(predClass, DType.FLOAT32)) {
                return backend.compare(CompareOp.EQUAL, labels, predFloat);
            }
        }
    }

    /**
     * Whether the true class is among the {@code k} highest predictions; as TensorFlow's {@code
     * in_top_k}, classes tied at the boundary all count as in.
     */
    private static final class TopKAccuracy extends MeanMetric {
        private final int k;
        private final boolean sparse;

        TopKAccuracy(String name, int k, boolean sparse) {
            super(name);
            this.k = k;
            this.sparse = sparse;
        }

        @Override
        Tensor values(Backend backend, Tensor yTrue, Tensor yPred) {
            int[] predShape = yPred.shape();
            int classes = predShape[predShape.length - 1];
            try (Tensor trueClass = trueClass(backend, yTrue, predShape);
                    Tensor hot = backend.oneHot(trueClass, classes);
                    Tensor masked = backend.binary(BinaryOp.MUL, hot, yPred);
                    Tensor trueScore = backend.reduce(ReduceOp.SUM, masked, new int[] {-1}, true);
                    Tensor above = backend.compare(CompareOp.GREATER, yPred, trueScore);
                    Tensor rank = backend.reduce(ReduceOp.SUM, above, new int[] {-1}, false);
                    Tensor limit = backend.scalar(k)) {
                return backend.compare(CompareOp.LESS, rank, limit);
            }
        }

        private Tensor trueClass(Backend backend, Tensor yTrue, int[] predShape) {
            if (!sparse) {
                try (Tensor labels = toFloat(backend, yTrue)) {
                    return backend.argMax(labels, -1);
                }
            }
            try (Tensor labels = sparseLabels(backend, yTrue, predShape)) {
                return backend.cast(labels, DType.INT32);
            }
        }
    }

    /** A loss reported as a metric: its per-sample values on a tape that records nothing. */
    private static final class LossMetric extends MeanMetric {
        private final LossFunction loss;

        LossMetric(String name, LossFunction loss) {
            super(name);
            this.loss = loss;
        }

        @Override
        Tensor values(Backend backend, Tensor yTrue, Tensor yPred) {
            try (GradientTape tape = new GradientTape(backend)) {
                Tensor perSample =
                        loss.call(tape, tape.constant(yTrue), tape.constant(yPred)).value();
                return backend.reshape(perSample, perSample.shape());
            }
        }
    }
}
