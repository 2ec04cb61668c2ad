package org.jkeras.optimizers;

import java.util.ArrayList;
import java.util.List;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * Keras 2.2.4's gradient clipping, on the backend: {@code clipnorm} rescales every gradient by
 * {@code clipnorm / max(norm, clipnorm)} where {@code norm} is the global L2 norm over all the
 * gradients together, then {@code clipvalue} clips each element to {@code [-clipvalue, clipvalue]}.
 * A setting of 0 turns that clipping off.
 */
final class GradientClipping {

    private GradientClipping() {}

    /**
     * Returns the clipped gradients as new tensors the caller closes, or {@code null} when neither
     * clipping is on (the gradients are then used as they are).
     */
    static List<Tensor> clip(
            Backend backend, List<Tensor> grads, double clipnorm, double clipvalue) {
        if (clipnorm <= 0 && clipvalue <= 0) {
            return null;
        }
        if (clipvalue <= 0) {
            return scaleToNorm(backend, grads, clipnorm);
        }
        if (clipnorm <= 0) {
            return clipValues(backend, grads, clipvalue);
        }
        List<Tensor> scaled = scaleToNorm(backend, grads, clipnorm);
        try {
            return clipValues(backend, scaled, clipvalue);
        } finally {
            scaled.forEach(Tensor::close);
        }
    }

    private static List<Tensor> scaleToNorm(Backend backend, List<Tensor> grads, double clipnorm) {
        List<Tensor> out = new ArrayList<>(grads.size());
        Tensor sumOfSquares = backend.scalar(0);
        try {
            for (Tensor grad : grads) {
                try (Tensor squared = backend.unary(UnaryOp.SQUARE, grad);
                        Tensor sum = backend.reduce(ReduceOp.SUM, squared, allAxes(grad), false)) {
                    Tensor next = backend.binary(BinaryOp.ADD, sumOfSquares, sum);
                    sumOfSquares.close();
                    sumOfSquares = next;
                }
            }
            try (Tensor norm = backend.unary(UnaryOp.SQRT, sumOfSquares);
                    Tensor limit = backend.scalar(clipnorm);
                    Tensor denominator = backend.binary(BinaryOp.MAXIMUM, norm, limit);
                    Tensor factor = backend.binary(BinaryOp.DIV, limit, denominator)) {
                for (Tensor grad : grads) {
                    out.add(backend.binary(BinaryOp.MUL, grad, factor));
                }
            }
            return out;
        } catch (RuntimeException e) {
            out.forEach(Tensor::close);
            throw e;
        } finally {
            sumOfSquares.close();
        }
    }

    private static List<Tensor> clipValues(Backend backend, List<Tensor> grads, double clipvalue) {
        List<Tensor> out = new ArrayList<>(grads.size());
        try (Tensor high = backend.scalar(clipvalue);
                Tensor low = backend.scalar(-clipvalue)) {
            for (Tensor grad : grads) {
                try (Tensor floored = backend.binary(BinaryOp.MAXIMUM, grad, low)) {
                    out.add(backend.binary(BinaryOp.MINIMUM, floored, high));
                }
            }
            return out;
        } catch (RuntimeException e) {
            out.forEach(Tensor::close);
            throw e;
        }
    }

    private static int[] allAxes(Tensor tensor) {
        int[] axes = new int[tensor.rank()];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = i;
        }
        return axes;
    }
}
