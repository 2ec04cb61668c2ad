package org.jkeras.constraints;

import java.util.Arrays;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * Keras 2.2.4's norm constraints, which rescale each slice along {@code axes} by {@code desired /
 * (epsilon + norm)}, with {@code norm} the slice's L2 norm and {@code epsilon} Keras's 1e-7. {@code
 * max_norm} takes {@code desired = clip(norm, 0, max)}, {@code min_max_norm} takes {@code rate *
 * clip(norm, min, max) + (1 - rate) * norm}, and {@code unit_norm} divides by {@code epsilon +
 * norm} alone.
 */
final class NormConstraint implements Constraint {

    /** Keras's {@code K.epsilon()}. */
    private static final double EPSILON = 1e-7;

    private final String name;
    private final double minValue;
    private final double maxValue;
    private final double rate;
    private final int[] axes;
    private final boolean unit;

    private NormConstraint(
            String name, double minValue, double maxValue, double rate, int[] axes, boolean unit) {
        this.name = name;
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.rate = rate;
        this.axes = axes.clone();
        this.unit = unit;
    }

    static NormConstraint maxNorm(double maxValue, int[] axes) {
        return new NormConstraint("max_norm", 0, maxValue, 1, axes, false);
    }

    static NormConstraint minMaxNorm(double minValue, double maxValue, double rate, int[] axes) {
        return new NormConstraint("min_max_norm", minValue, maxValue, rate, axes, false);
    }

    static NormConstraint unitNorm(int[] axes) {
        return new NormConstraint("unit_norm", 0, 1, 1, axes, true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void checkShape(int[] shape) {
        for (int axis : axes) {
            if (axis < -shape.length || axis >= shape.length) {
                throw new IllegalArgumentException(
                        "axis of the "
                                + name
                                + " constraint must be in ["
                                + -shape.length
                                + ", "
                                + shape.length
                                + ") for a weight of shape "
                                + Arrays.toString(shape)
                                + ". Received: "
                                + axis);
            }
        }
        Shapes.normalizeAxes(axes, shape.length);
    }

    @Override
    public Tensor apply(Backend backend, Tensor weight) {
        try (Tensor squares = backend.unary(UnaryOp.SQUARE, weight);
                Tensor sum = backend.reduce(ReduceOp.SUM, squares, axes, true);
                Tensor norms = backend.unary(UnaryOp.SQRT, sum);
                Tensor epsilon = backend.scalar(EPSILON);
                Tensor denominator = backend.binary(BinaryOp.ADD, norms, epsilon)) {
            if (unit) {
                return backend.binary(BinaryOp.DIV, weight, denominator);
            }
            try (Tensor desired = desired(backend, norms);
                    Tensor factor = backend.binary(BinaryOp.DIV, desired, denominator)) {
                return backend.binary(BinaryOp.MUL, weight, factor);
            }
        }
    }

    private Tensor desired(Backend backend, Tensor norms) {
        try (Tensor low = backend.scalar(minValue);
                Tensor high = backend.scalar(maxValue);
                Tensor floored = backend.binary(BinaryOp.MAXIMUM, norms, low);
                Tensor clipped = backend.binary(BinaryOp.MINIMUM, floored, high)) {
            if (rate == 1) {
                return backend.reshape(clipped, clipped.shape());
            }
            try (Tensor rateTensor = backend.scalar(rate);
                    Tensor keep = backend.scalar(1 - rate);
                    Tensor pulled = backend.binary(BinaryOp.MUL, clipped, rateTensor);
                    Tensor kept = backend.binary(BinaryOp.MUL, norms, keep)) {
                return backend.binary(BinaryOp.ADD, pulled, kept);
            }
        }
    }

    @Override
    public String toString() {
        return name + "(axis=" + Arrays.toString(axes) + ")";
    }
}
