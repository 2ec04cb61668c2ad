package org.jkeras.metrics;

import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * Keras 2.2.4's {@code top_k_categorical_accuracy}: whether {@code argmax(y_true, -1)} is among the
 * {@code k} highest predictions (k 5 by default); see TensorFlow's {@code in_top_k} for ties.
 *
 * <pre>{@code
 * model.compile("adam", "categorical_crossentropy", List.of(new TopKCategoricalAccuracy(3)));
 * }</pre>
 */
public final class TopKCategoricalAccuracy extends MeanMetric {

    private final int k;

    /** Creates the metric named {@code top_k_categorical_accuracy} with k 5. */
    public TopKCategoricalAccuracy() {
        this(5);
    }

    /**
     * Creates the metric named {@code top_k_categorical_accuracy} with the given k.
     *
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public TopKCategoricalAccuracy(int k) {
        this("top_k_categorical_accuracy", k);
    }

    /**
     * Creates the metric reported under {@code name} with the given k.
     *
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public TopKCategoricalAccuracy(String name, int k) {
        super(name);
        this.k = TopK.checkK(k);
    }

    /** Returns k. */
    public int k() {
        return k;
    }

    @Override
    protected Tensor values(Backend backend, Tensor yTrue, Tensor yPred) {
        try (Tensor trueClass = Labels.argMaxClass(backend, yTrue)) {
            return TopK.inTopK(backend, yPred, trueClass, k);
        }
    }
}
