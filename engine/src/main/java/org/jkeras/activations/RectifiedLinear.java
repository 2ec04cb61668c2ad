package org.jkeras.activations;

import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.UnaryOp;

/**
 * Keras 2.2.4's {@code K.relu(x, alpha, max_value, threshold)} on a tape, branch for branch, so
 * that its quirks carry over: with a slope and neither cap nor threshold it is TensorFlow's leaky
 * ReLU {@code max(alpha * x, x)}; otherwise the thresholded part is clipped to {@code [0,
 * maxValue]} and {@code alpha * relu(threshold - x)} is subtracted.
 */
final class RectifiedLinear {

    private RectifiedLinear() {}

    static Variable apply(
            GradientTape tape, Variable x, double alpha, Double maxValue, double threshold) {
        if (alpha != 0 && maxValue == null && threshold == 0) {
            Variable sloped = tape.binary(BinaryOp.MUL, x, tape.scalar(alpha));
            return tape.binary(BinaryOp.MAXIMUM, sloped, x);
        }
        Variable negativePart = null;
        if (alpha != 0) {
            Variable below = tape.binary(BinaryOp.SUB, tape.scalar(threshold), x);
            negativePart = tape.unary(UnaryOp.RELU, below);
        }
        Variable y = threshold != 0 ? keepAbove(tape, x, threshold) : tape.unary(UnaryOp.RELU, x);
        if (maxValue != null) {
            Variable floored = tape.binary(BinaryOp.MAXIMUM, y, tape.scalar(0));
            y = tape.binary(BinaryOp.MINIMUM, floored, tape.scalar(maxValue));
        }
        if (negativePart != null) {
            Variable slope = tape.scalar(alpha);
            y = tape.binary(BinaryOp.SUB, y, tape.binary(BinaryOp.MUL, negativePart, slope));
        }
        return y;
    }

    /** {@code x * (x > threshold)}: the mask is a constant, so the gradient is the mask. */
    private static Variable keepAbove(GradientTape tape, Variable x, double threshold) {
        Variable limit = tape.scalar(threshold);
        Variable mask =
                tape.ownedConstant(
                        tape.backend().compare(CompareOp.GREATER, x.value(), limit.value()));
        return tape.binary(BinaryOp.MUL, x, mask);
    }
}
