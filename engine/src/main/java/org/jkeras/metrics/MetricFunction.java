package org.jkeras.metrics;

import java.util.Objects;
import org.jkeras.Metric;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * A metric that is stateful over an epoch: each batch adds its value on the host, and {@link
 * #result()} is the mean of the batch values weighted by batch size, as Keras 2.2 reports it.
 */
public abstract class MetricFunction implements Metric {

    private final String name;

    /** Creates a metric reported under {@code name}, as the user wrote it. */
    protected MetricFunction(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public final String name() {
        return name;
    }

    /** Adds one batch; closes every temporary it creates and never the arguments. */
    public abstract void update(Backend backend, Tensor yTrue, Tensor yPred);

    /**
     * Adds one batch weighted per sample (or per sample and step), as Keras 2.2.4's weighted
     * metrics: the batch value is {@code mean(values * w) / mean(w != 0)}. A null {@code
     * sampleWeight} is the plain {@link #update(Backend, Tensor, Tensor)}.
     */
    public abstract void update(Backend backend, Tensor yTrue, Tensor yPred, Tensor sampleWeight);

    /** Returns the value over the batches since the last reset; NaN before any batch. */
    public abstract double result();

    /** Forgets every batch added so far. */
    public abstract void reset();

    @Override
    public String toString() {
        return name;
    }
}
