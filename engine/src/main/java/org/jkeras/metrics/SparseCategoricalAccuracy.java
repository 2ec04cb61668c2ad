package org.jkeras.metrics;

import org.jkeras.ndarray.DType;
import org.jkeras.spi.Backend;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.Tensor;

/**
 * Keras 2.2.4's {@code sparse_categorical_accuracy}: whether the integer label (of shape {@code
 * [batch]} or {@code [batch, 1]}, int or float) equals {@code argmax(y_pred, -1)}.
 */
public final class SparseCategoricalAccuracy extends MeanMetric {

    /** Creates the metric named {@code sparse_categorical_accuracy}. */
    public SparseCategoricalAccuracy() {
        this("sparse_categorical_accuracy");
    }

    /** Creates the metric reported under {@code name}. */
    public SparseCategoricalAccuracy(String name) {
        super(name);
    }

    @Override
    protected Tensor values(Backend backend, Tensor yTrue, Tensor yPred) {
        try (Tensor labels = Labels.sparse(backend, yTrue, yPred.shape());
                Tensor predClass = backend.argMax(yPred, -1);
                Tensor predFloat = backend.cast(predClass, DType.FLOAT32)) {
            return backend.compare(CompareOp.EQUAL, labels, predFloat);
        }
    }
}
