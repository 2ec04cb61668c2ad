package org.jkeras.constraints;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.Tensor;

/**
 * Keras 2.2.4's weight constraints, by factory or by name with Keras's defaults: {@code max_norm}
 * (2, axis 0), {@code non_neg}, {@code unit_norm} (axis 0) and {@code min_max_norm} (0, 1, rate 1,
 * axis 0), and Keras's aliases {@code maxnorm}, {@code nonneg} and {@code unitnorm}.
 *
 * <pre>{@code
 * new Dense(64).kernelConstraint(Constraints.maxNorm(3, 0)).biasConstraint(Constraints.nonNeg());
 * }</pre>
 *
 * <p>The axes are those of the weight; for a Dense kernel {@code [inputDim, units]}, axis 0
 * constrains the vector of weights into each unit.
 */
public final class Constraints {

    private static final Map<String, Supplier<Constraint>> BY_NAME = new TreeMap<>();

    static {
        BY_NAME.put("max_norm", () -> maxNorm(2, 0));
        BY_NAME.put("maxnorm", () -> maxNorm(2, 0));
        BY_NAME.put("non_neg", Constraints::nonNeg);
        BY_NAME.put("nonneg", Constraints::nonNeg);
        BY_NAME.put("unit_norm", () -> unitNorm(0));
        BY_NAME.put("unitnorm", () -> unitNorm(0));
        BY_NAME.put("min_max_norm", () -> minMaxNorm(0, 1, 1, 0));
    }

    private Constraints() {}

    /**
     * Returns Keras's {@code max_norm(max_value, axis)}: slices along {@code axes} whose L2 norm
     * exceeds {@code maxValue} are scaled down to it.
     *
     * @throws IllegalArgumentException if {@code maxValue} is negative or not finite, or no axis is
     *     given
     */
    public static Constraint maxNorm(double maxValue, int... axes) {
        checkNonNegative("maxValue", maxValue);
        return NormConstraint.maxNorm(maxValue, checkAxes(axes));
    }

    /** Returns Keras's {@code non_neg}: negative elements become zero. */
    public static Constraint nonNeg() {
        return new Constraint() {
            @Override
            public String name() {
                return "non_neg";
            }

            @Override
            public void checkShape(int[] shape) {}

            @Override
            public Tensor apply(Backend backend, Tensor weight) {
                try (Tensor zero = backend.scalar(0);
                        Tensor kept = backend.compare(CompareOp.GREATER_EQUAL, weight, zero)) {
                    return backend.binary(BinaryOp.MUL, weight, kept);
                }
            }

            @Override
            public String toString() {
                return "non_neg";
            }
        };
    }

    /**
     * Returns Keras's {@code unit_norm(axis)}: each slice along {@code axes} is divided by its L2
     * norm (plus 1e-7).
     *
     * @throws IllegalArgumentException if no axis is given
     */
    public static Constraint unitNorm(int... axes) {
        return NormConstraint.unitNorm(checkAxes(axes));
    }

    /**
     * Returns Keras's {@code min_max_norm(min_value, max_value, rate, axis)}: each slice along
     * {@code axes} is rescaled towards a norm of {@code clip(norm, minValue, maxValue)}, all the
     * way for {@code rate} 1.
     *
     * @throws IllegalArgumentException if a bound is negative or not finite, {@code minValue >
     *     maxValue}, {@code rate} is outside [0, 1], or no axis is given
     */
    public static Constraint minMaxNorm(
            double minValue, double maxValue, double rate, int... axes) {
        checkNonNegative("minValue", minValue);
        checkNonNegative("maxValue", maxValue);
        if (minValue > maxValue) {
            throw new IllegalArgumentException(
                    "minValue must not exceed maxValue. Received: minValue="
                            + minValue
                            + ", maxValue="
                            + maxValue);
        }
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be in [0, 1]. Received: " + rate);
        }
        return NormConstraint.minMaxNorm(minValue, maxValue, rate, checkAxes(axes));
    }

    /**
     * Returns the constraint of a Keras name with its Keras defaults.
     *
     * @throws IllegalArgumentException if the name is unknown, listing the known ones
     */
    public static Constraint get(String name) {
        Supplier<Constraint> factory = name == null ? null : BY_NAME.get(name);
        if (factory == null) {
            throw new IllegalArgumentException(
                    "constraint: unknown name "
                            + (name == null ? "null" : "'" + name + "'")
                            + "; known: "
                            + String.join(", ", names()));
        }
        return factory.get();
    }

    /** Returns the names {@link #get} accepts, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    private static int[] checkAxes(int[] axes) {
        if (axes == null || axes.length == 0) {
            throw new IllegalArgumentException(
                    "axis must name at least one axis of the weight. Received: "
                            + (axes == null ? "null" : "[]"));
        }
        return axes.clone();
    }

    private static void checkNonNegative(String argument, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    argument + " must be a finite number >= 0. Received: " + value);
        }
    }
}
