package org.jkeras.metrics;

import java.util.Objects;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.losses.LossFunction;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * A loss reported as a metric: the mean of its per-sample values, computed on a tape that records
 * no gradient.
 *
 * <pre>{@code
 * model.compile("sgd", "mse", List.of(new LossMetric(Losses.get("mae"))));
 * }</pre>
 */
public final class LossMetric extends MeanMetric {

    private final LossFunction loss;

    /** Creates the metric of {@code loss}, reported under the loss's name. */
    public LossMetric(LossFunction loss) {
        this(Objects.requireNonNull(loss, "loss").name(), loss);
    }

    /** Creates the metric of {@code loss}, reported under {@code name}. */
    public LossMetric(String name, LossFunction loss) {
        super(name);
        this.loss = Objects.requireNonNull(loss, "loss");
    }

    @Override
    protected Tensor values(Backend backend, Tensor yTrue, Tensor yPred) {
        try (GradientTape tape = new GradientTape(backend)) {
            Tensor perSample = loss.call(tape, tape.constant(yTrue), tape.constant(yPred)).value();
            // The tape closes what it made; the copy outlives it.
            return backend.reshape(perSample, perSample.shape());
        }
    }
}
