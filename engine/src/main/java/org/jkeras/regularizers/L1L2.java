package org.jkeras.regularizers;

import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.UnaryOp;

/**
 * Keras 2.2.4's {@code L1L2} regularizer: {@code sum(l1 * |x|) + sum(l2 * x^2)} over every element,
 * each term present only when its factor is not zero.
 */
public final class L1L2 implements Regularizer {

    private final double l1;
    private final double l2;

    /**
     * Creates the regularizer.
     *
     * @throws IllegalArgumentException if a factor is negative or not finite
     */
    public L1L2(double l1, double l2) {
        this.l1 = checkFactor("l1", l1);
        this.l2 = checkFactor("l2", l2);
    }

    /** Returns the factor of the absolute values. */
    public double l1() {
        return l1;
    }

    /** Returns the factor of the squares. */
    public double l2() {
        return l2;
    }

    @Override
    public String name() {
        return "l1_l2";
    }

    @Override
    public Variable apply(GradientTape tape, Variable x) {
        int[] all = Shapes.allAxes(x.shape().length);
        Variable penalty = null;
        if (l1 != 0) {
            Variable scaled =
                    tape.binary(BinaryOp.MUL, tape.scalar(l1), tape.unary(UnaryOp.ABS, x));
            penalty = tape.reduce(ReduceOp.SUM, scaled, all, false);
        }
        if (l2 != 0) {
            Variable scaled =
                    tape.binary(BinaryOp.MUL, tape.scalar(l2), tape.unary(UnaryOp.SQUARE, x));
            Variable sum = tape.reduce(ReduceOp.SUM, scaled, all, false);
            penalty = penalty == null ? sum : tape.binary(BinaryOp.ADD, penalty, sum);
        }
        return penalty == null ? tape.scalar(0) : penalty;
    }

    @Override
    public String toString() {
        return "L1L2(l1=" + l1 + ", l2=" + l2 + ")";
    }

    private static double checkFactor(String argument, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    argument + " must be a finite number >= 0. Received: " + value);
        }
        return value;
    }
}
