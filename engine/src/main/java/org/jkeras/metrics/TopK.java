package org.jkeras.metrics;

import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;

/**
 * TensorFlow's {@code in_top_k} in backend ops: the true class is in the top {@code k} when fewer
 * than {@code k} classes score strictly higher, so classes tied at the boundary all count as in.
 */
final class TopK {

    private TopK() {}

    static int checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1. Received: " + k);
        }
        return k;
    }

    /**
     * Returns 1 where {@code trueClass} (int32) is among the {@code k} highest of {@code yPred}.
     */
    static Tensor inTopK(Backend backend, Tensor yPred, Tensor trueClass, int k) {
        int[] predShape = yPred.shape();
        int classes = predShape[predShape.length - 1];
        try (Tensor hot = backend.oneHot(trueClass, classes);
                Tensor masked = backend.binary(BinaryOp.MUL, hot, yPred);
                Tensor trueScore = backend.reduce(ReduceOp.SUM, masked, new int[] {-1}, true);
                Tensor above = backend.compare(CompareOp.GREATER, yPred, trueScore);
                Tensor rank = backend.reduce(ReduceOp.SUM, above, new int[] {-1}, false);
                Tensor limit = backend.scalar(k)) {
            return backend.compare(CompareOp.LESS, rank, limit);
        }
    }
}
