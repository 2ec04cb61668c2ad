package org.jkeras.engine;

import java.util.ArrayList;
import java.util.List;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.layers.ForwardPass;
import org.jkeras.metrics.MetricFunction;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;

/**
 * One batch through the model: a gradient step, an evaluation or a prediction, each in its own
 * {@link ForwardPass}, so nothing made for the batch outlives it.
 *
 * <p>The loss of a batch is Keras 2.2.4's {@code weighted_masked_objective}: the per-sample loss
 * {@code l} is averaged down to the rank of the weights {@code w}, then {@code mean(l * w) / mean(w
 * != 0)}; without weights it is {@code mean(l)}. The regularization terms the layers add during the
 * pass are added to it, in training and in evaluation.
 */
final class BatchSteps {

    private final Backend backend;
    private final SeededRandom random;
    private final LayerStack stack;

    BatchSteps(Backend backend, SeededRandom random, LayerStack stack) {
        this.backend = backend;
        this.random = random;
        this.stack = stack;
    }

    /**
     * Runs one gradient step and returns the batch's loss, computed before the update; the metrics
     * see the same pre-update outputs. Constraints are applied after the update.
     *
     * @param weights per-sample (or per-step) weights, or null for equal weights
     */
    double train(CompiledModel model, NDArray x, NDArray y, NDArray weights) {
        try (ForwardPass pass = new ForwardPass(backend, true, random)) {
            List<Tensor> params = new ArrayList<>();
            List<Variable> watched = new ArrayList<>();
            Variable output = stack.forward(pass, x, params, watched);
            Tensor targets = pass.own(backend.fromHost(y));
            Tensor weightTensor = weights == null ? null : pass.own(backend.fromHost(weights));
            Variable loss = totalLoss(pass, model, targets, output, weights, weightTensor);
            double value = scalar(loss.value());
            updateMetrics(model, targets, output.value(), weightTensor);
            if (!params.isEmpty()) {
                List<Tensor> gradients = pass.tape().gradient(loss, watched);
                model.optimizer().apply(backend, params, gradients);
                stack.applyConstraints();
            }
            return value;
        }
    }

    /** Returns the batch's loss in inference mode and adds the batch to the metrics. */
    double test(CompiledModel model, NDArray x, NDArray y, NDArray weights) {
        try (ForwardPass pass = new ForwardPass(backend, false, random)) {
            Variable output = stack.forward(pass, x, null, null);
            Tensor targets = pass.own(backend.fromHost(y));
            Tensor weightTensor = weights == null ? null : pass.own(backend.fromHost(weights));
            Variable loss = totalLoss(pass, model, targets, output, weights, weightTensor);
            updateMetrics(model, targets, output.value(), weightTensor);
            return scalar(loss.value());
        }
    }

    /** Returns the outputs for a batch, in inference mode, as a host array. */
    NDArray predict(NDArray x) {
        try (ForwardPass pass = new ForwardPass(backend, false, random)) {
            return backend.toHost(stack.forward(pass, x, null, null).value());
        }
    }

    private Variable totalLoss(
            ForwardPass pass,
            CompiledModel model,
            Tensor targets,
            Variable output,
            NDArray weights,
            Tensor weightTensor) {
        GradientTape tape = pass.tape();
        Variable perSample = model.loss().call(tape, tape.constant(targets), output);
        Variable loss;
        if (weights == null) {
            loss = mean(tape, perSample);
        } else {
            int weightRank = weights.rank();
            int rank = perSample.shape().length;
            if (rank > weightRank) {
                int[] trailing = new int[rank - weightRank];
                for (int i = 0; i < trailing.length; i++) {
                    trailing[i] = weightRank + i;
                }
                perSample = tape.reduce(ReduceOp.MEAN, perSample, trailing, false);
            }
            Variable weighted = tape.binary(BinaryOp.MUL, perSample, tape.constant(weightTensor));
            Variable normaliser = tape.scalar(nonZeroFraction(weights));
            loss = tape.binary(BinaryOp.DIV, mean(tape, weighted), normaliser);
        }
        for (Variable term : pass.losses()) {
            loss = tape.binary(BinaryOp.ADD, loss, term);
        }
        return loss;
    }

    private void updateMetrics(
            CompiledModel model, Tensor targets, Tensor outputs, Tensor weightTensor) {
        for (MetricFunction metric : model.metrics()) {
            metric.update(backend, targets, outputs);
        }
        for (MetricFunction metric : model.weightedMetrics()) {
            metric.update(backend, targets, outputs, weightTensor);
        }
    }

    private static Variable mean(GradientTape tape, Variable x) {
        return tape.reduce(ReduceOp.MEAN, x, Shapes.allAxes(x.shape().length), false);
    }

    /** Returns {@code mean(w != 0)}, Keras's normaliser of weighted losses. */
    private static double nonZeroFraction(NDArray weights) {
        float[] values = weights.toFloatArray();
        int nonZero = 0;
        for (float value : values) {
            if (value != 0) {
                nonZero++;
            }
        }
        return (double) nonZero / values.length;
    }

    private double scalar(Tensor tensor) {
        return backend.toHost(tensor).toFloatArray()[0];
    }
}
