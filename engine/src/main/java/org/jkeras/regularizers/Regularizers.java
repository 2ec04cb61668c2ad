package org.jkeras.regularizers;

import java.util.List;

/**
 * Keras 2.2.4's regularizers: {@code l1}, {@code l2} and {@code l1_l2}, by factory or by name (a
 * name gives Keras's default factor 0.01).
 *
 * <pre>{@code
 * new Dense(64).kernelRegularizer(Regularizers.l1l2(0.01, 0.001));
 * }</pre>
 */
public final class Regularizers {

    private static final double DEFAULT_FACTOR = 0.01;

    private Regularizers() {}

    /**
     * Returns Keras's {@code l1(l)}: {@code sum(l * |x|)}.
     *
     * @throws IllegalArgumentException if {@code l} is negative or not finite
     */
    public static Regularizer l1(double l) {
        return new L1L2(l, 0);
    }

    /**
     * Returns Keras's {@code l2(l)}: {@code sum(l * x^2)}.
     *
     * @throws IllegalArgumentException if {@code l} is negative or not finite
     */
    public static Regularizer l2(double l) {
        return new L1L2(0, l);
    }

    /**
     * Returns Keras's {@code l1_l2(l1, l2)}: {@code sum(l1 * |x|) + sum(l2 * x^2)}.
     *
     * @throws IllegalArgumentException if a factor is negative or not finite
     */
    public static Regularizer l1l2(double l1, double l2) {
        return new L1L2(l1, l2);
    }

    /**
     * Returns the regularizer of a Keras name ({@code l1}, {@code l2}, {@code l1_l2}) with the
     * factor 0.01.
     *
     * @throws IllegalArgumentException if the name is unknown, listing the known ones
     */
    public static Regularizer get(String name) {
        if ("l1".equals(name)) {
            return l1(DEFAULT_FACTOR);
        }
        if ("l2".equals(name)) {
            return l2(DEFAULT_FACTOR);
        }
        if ("l1_l2".equals(name)) {
            return l1l2(DEFAULT_FACTOR, DEFAULT_FACTOR);
        }
        throw new IllegalArgumentException(
                "regularizer: unknown name "
                        + (name == null ? "null" : "'" + name + "'")
                        + "; known: "
                        + String.join(", ", names()));
    }

    /** Returns the names {@link #get} accepts, sorted. */
    public static List<String> names() {
        return List.of("l1", "l1_l2", "l2");
    }
}
