package org.jkeras.metrics;

import org.jkeras.spi.Backend;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * Keras 2.2.4's {@code binary_accuracy}: {@code mean(equal(y_true, round(y_pred)), axis=-1)}, where
 * rounding takes ties to even as TensorFlow's does, so a prediction of exactly 0.5 counts as class
 * 0.
 */
public final class BinaryAccuracy extends MeanMetric {

    /** Creates the metric named {@code binary_accuracy}. */
    public BinaryAccuracy() {
        this("binary_accuracy");
    }

    /** Creates the metric reported under {@code name}. */
    public BinaryAccuracy(String name) {
        super(name);
    }

    @Override
    protected Tensor values(Backend backend, Tensor yTrue, Tensor yPred) {
        try (Tensor labels = Labels.toFloat(backend, yTrue);
                Tensor rounded = backend.unary(UnaryOp.ROUND, yPred);
                Tensor equal = backend.compare(CompareOp.EQUAL, labels, rounded)) {
            if (equal.rank() < 2) {
                return backend.reshape(equal, equal.shape());
            }
            return backend.reduce(ReduceOp.MEAN, equal, new int[] {-1}, false);
        }
    }
}
