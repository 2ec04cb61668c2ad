package org.jkeras.metrics;

import org.jkeras.ndarray.DType;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * Keras 2.2.4's {@code sparse_top_k_categorical_accuracy}: whether the integer label (of shape
 * {@code [batch]} or {@code [batch, 1]}) is among the {@code k} highest predictions (k 5 by
 * default).
 */
public final class SparseTopKCategoricalAccuracy extends MeanMetric {

    private final int k;

    /** Creates the metric named {@code sparse_top_k_categorical_accuracy} with k 5. */
    public SparseTopKCategoricalAccuracy() {
        this(5);
    }

    /**
     * Creates the metric named {@code sparse_top_k_categorical_accuracy} with the given k.
     *
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public SparseTopKCategoricalAccuracy(int k) {
        this("sparse_top_k_categorical_accuracy", k);
    }

    /**
     * Creates the metric reported under {@code name} with the given k.
     *
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public SparseTopKCategoricalAccuracy(String name, int k) {
        super(name);
        this.k = TopK.checkK(k);
    }

    /** Returns k. */
    public int k() {
        return k;
    }

    @Override
    protected Tensor values(Backend backend, Tensor yTrue, Tensor yPred) {
        try (Tensor labels = Labels.sparse(backend, yTrue, yPred.shape());
                Tensor trueClass = backend.cast(labels, DType.INT32)) {
            return TopK.inTopK(backend, yPred, trueClass, k);
        }
    }
}
