package org.jkeras.metrics;

import org.jkeras.spi.Backend;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.Tensor;

/**
 * Keras 2.2.4's {@code categorical_accuracy}: whether {@code argmax(y_true, -1)} equals {@code
 * argmax(y_pred, -1)}; the first of tied maxima wins, as in TensorFlow.
 */
public final class CategoricalAccuracy extends MeanMetric {

    /** Creates the metric named {@code categorical_accuracy}. */
    public CategoricalAccuracy() {
        this("categorical_accuracy");
    }

    /** Creates the metric reported under {@code name}. */
    public CategoricalAccuracy(String name) {
        super(name);
    }

    @Override
    protected Tensor values(Backend backend, Tensor yTrue, Tensor yPred) {
        try (Tensor trueClass = Labels.argMaxClass(backend, yTrue);
                Tensor predClass = backend.argMax(yPred, -1)) {
            return backend.compare(CompareOp.EQUAL, trueClass, predClass);
        }
    }
}
