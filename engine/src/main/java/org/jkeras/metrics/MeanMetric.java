package org.jkeras.metrics;

import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;

/**
 * A metric computed per sample on the backend and accumulated on the host as a sum weighted by
 * batch size, so that the epoch value is the batch-size-weighted mean of the batch means, as Keras
 * 2.2.4 averages batch results. Subclasses give the per-sample values.
 */
public abstract class MeanMetric extends MetricFunction {

    private double total;
    private long count;

    /** Creates a metric reported under {@code name}. */
    protected MeanMetric(String name) {
        super(name);
    }

    /**
     * Returns a new float32 tensor of per-sample (or per-step) values, which the caller closes;
     * never closes the arguments.
     */
    protected abstract Tensor values(Backend backend, Tensor yTrue, Tensor yPred);

    @Override
    public final void update(Backend backend, Tensor yTrue, Tensor yPred) {
        int[] shape = yPred.shape();
        int batch = shape.length == 0 ? 1 : shape[0];
        if (batch == 0) {
            return;
        }
        double mean;
        try (Tensor values = values(backend, yTrue, yPred);
                Tensor reduced =
                        backend.reduce(
                                ReduceOp.MEAN, values, Shapes.allAxes(values.rank()), false)) {
            mean = backend.toHost(reduced).getFloat();
        }
        total += mean * batch;
        count += batch;
    }

    @Override
    public final void update(Backend backend, Tensor yTrue, Tensor yPred, Tensor sampleWeight) {
        if (sampleWeight == null) {
            update(backend, yTrue, yPred);
            return;
        }
        int[] shape = yPred.shape();
        int batch = shape.length == 0 ? 1 : shape[0];
        if (batch == 0) {
            return;
        }
        double weightedMean;
        double nonZeroShare;
        try (Tensor values = values(backend, yTrue, yPred);
                Tensor weights = alignWeights(backend, sampleWeight, values.rank());
                Tensor weighted = backend.binary(BinaryOp.MUL, values, weights);
                Tensor sum = meanOfAll(backend, weighted);
                Tensor zero = backend.scalar(0);
                Tensor nonZero = backend.compare(CompareOp.NOT_EQUAL, weights, zero);
                Tensor share = meanOfAll(backend, nonZero)) {
            weightedMean = backend.toHost(sum).getFloat();
            nonZeroShare = backend.toHost(share).getFloat();
        }
        total += weightedMean / nonZeroShare * batch;
        count += batch;
    }

    /** Appends axes of size 1 so that weights of shape [batch] scale values of [batch, steps]. */
    private static Tensor alignWeights(Backend backend, Tensor weights, int rank) {
        int[] shape = weights.shape();
        if (shape.length > rank) {
            throw new IllegalArgumentException(
                    "sampleWeight must have rank <= "
                            + rank
                            + ". Received shape "
                            + Arrays.toString(shape));
        }
        int[] aligned = Arrays.copyOf(shape, rank);
        Arrays.fill(aligned, shape.length, rank, 1);
        Tensor asFloat =
                weights.dtype() == DType.FLOAT32 ? null : backend.cast(weights, DType.FLOAT32);
        try (asFloat) {
            return backend.reshape(asFloat == null ? weights : asFloat, aligned);
        }
    }

    private static Tensor meanOfAll(Backend backend, Tensor x) {
        return backend.reduce(ReduceOp.MEAN, x, Shapes.allAxes(x.rank()), false);
    }

    @Override
    public final double result() {
        return count == 0 ? Double.NaN : total / count;
    }

    @Override
    public final void reset() {
        total = 0;
        count = 0;
    }
}
