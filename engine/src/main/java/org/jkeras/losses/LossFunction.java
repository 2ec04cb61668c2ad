package org.jkeras.losses;

import java.util.Objects;
import org.jkeras.Loss;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;

/**
 * A Keras loss recorded on a gradient tape: a function of targets and predictions giving one value
 * per sample, which the engine averages with sample weights.
 */
public abstract class LossFunction implements Loss {

    private final String name;

    /** Creates a loss reported under the Keras {@code name}. */
    protected LossFunction(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public final String name() {
        return name;
    }

    /**
     * Returns the per-sample loss, of shape {@code [batch]}: reduced over the last axis, so an
     * output of rank above 2 gives {@code [batch, steps]}. The caller averages it with sample
     * weights.
     */
    public abstract Variable call(GradientTape tape, Variable yTrue, Variable yPred);

    @Override
    public String toString() {
        return name;
    }
}
