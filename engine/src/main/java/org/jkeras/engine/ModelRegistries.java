package org.jkeras.engine;

import org.jkeras.losses.LossFunction;
import org.jkeras.losses.Losses;
import org.jkeras.metrics.MetricFunction;
import org.jkeras.metrics.Metrics;
import org.jkeras.optimizers.OptimizerBase;
import org.jkeras.optimizers.Optimizers;

/**
 * Resolves the names {@code compile} takes into fresh optimizer, loss and metric objects, and words
 * an unknown name as the spec asks: {@code loss: unknown name 'x'; known: ...}.
 */
final class ModelRegistries {

    /**
     * Returns a new optimizer with Keras's defaults.
     *
     * @throws IllegalArgumentException if the name is unknown
     */
    OptimizerBase optimizer(String name) {
        return Optimizers.get(requireName("optimizer", name));
    }

    /**
     * Returns the loss of that name.
     *
     * @throws IllegalArgumentException if the name is unknown
     */
    LossFunction loss(String name) {
        return Losses.get(requireName("loss", name));
    }

    /**
     * Returns a fresh metric reported under {@code name}, resolving {@code accuracy} from the loss
     * and the output shape as Keras does.
     *
     * @throws IllegalArgumentException if the name is unknown, or the metric cannot take the output
     */
    MetricFunction metric(String argument, String name, String lossName, int[] outputShape) {
        try {
            return Metrics.resolve(requireName(argument, name), lossName, outputShape);
        } catch (IllegalArgumentException e) {
            if (Metrics.names().contains(name)) {
                throw e;
            }
            throw unknown(argument, String.join(", ", Metrics.names()), name, e);
        }
    }

    private static String requireName(String argument, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    argument + " must be a non-blank name. Received: " + quote(name));
        }
        return name;
    }

    private static IllegalArgumentException unknown(
            String argument, String known, String name, IllegalArgumentException cause) {
        return new IllegalArgumentException(
                argument + ": unknown name " + quote(name) + "; known: " + known, cause);
    }

    private static String quote(String name) {
        return name == null ? "null" : "'" + name + "'";
    }
}
