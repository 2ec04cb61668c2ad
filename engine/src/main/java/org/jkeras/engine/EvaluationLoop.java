package org.jkeras.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkeras.ndarray.NDArray;
import org.jkeras.training.Batches;
import org.jkeras.training.Progbar;
import org.jkeras.training.ProgressOutput;

/**
 * Keras 2.2.4's test and predict loops over arrays: batch after batch in input order, or, with a
 * number of steps, the whole arrays once per step, as Keras feeds arrays when {@code steps} is set.
 * Only verbose 1 shows a bar, as in Keras.
 */
final class EvaluationLoop {

    private final BatchSteps steps;
    private final ProgressOutput progress;

    EvaluationLoop(BatchSteps steps, ProgressOutput progress) {
        this.steps = steps;
        this.progress = progress;
    }

    /**
     * Returns the loss and metrics, in {@code metricsNames} order: each the mean of the batch
     * results weighted by batch size, or with {@code stepCount} the mean over the steps.
     *
     * @param weights per-sample (or per-step) weights, or null
     * @param stepCount whole-array evaluations to average, or null for one pass in batches
     */
    List<Double> evaluate(
            CompiledModel model,
            NDArray x,
            NDArray y,
            NDArray weights,
            int batchSize,
            Integer stepCount,
            int verbose) {
        model.resetMetrics();
        double total = 0;
        int seen = 0;
        if (stepCount != null) {
            Progbar bar = new Progbar(stepCount, verbose == 1 ? 1 : 0, progress);
            for (int step = 0; step < stepCount; step++) {
                total += steps.test(model, x, y, weights);
                seen++;
                bar.update(seen, Map.of());
            }
        } else {
            int samples = x.length();
            Progbar bar = new Progbar(samples, verbose == 1 ? 1 : 0, progress);
            for (int batch = 0; batch < Batches.count(samples, batchSize); batch++) {
                int from = batch * batchSize;
                int to = Math.min(samples, from + batchSize);
                NDArray batchWeights = weights == null ? null : weights.rows(from, to);
                total +=
                        steps.test(model, x.rows(from, to), y.rows(from, to), batchWeights)
                                * (to - from);
                seen = to;
                bar.update(seen, Map.of());
            }
        }
        return new ArrayList<>(model.results(total / seen).values());
    }

    /**
     * Returns the outputs for every sample in input order; with {@code stepCount}, the outputs of
     * the whole input once per step, one after the other, as Keras 2.2.4 concatenates them.
     */
    NDArray predict(NDArray x, int[] outputShape, int batchSize, Integer stepCount, int verbose) {
        int samples = x.length();
        int rows = stepCount == null ? samples : samples * stepCount;
        int sampleSize = 1;
        for (int dim : outputShape) {
            sampleSize *= dim;
        }
        float[] outputs = new float[rows * sampleSize];
        int target = stepCount == null ? samples : stepCount;
        Progbar bar = new Progbar(target, verbose == 1 ? 1 : 0, progress);
        if (stepCount != null) {
            for (int step = 0; step < stepCount; step++) {
                float[] values = steps.predict(x).toFloatArray();
                System.arraycopy(values, 0, outputs, step * values.length, values.length);
                bar.update(step + 1, Map.of());
            }
        } else {
            for (int batch = 0; batch < Batches.count(samples, batchSize); batch++) {
                int from = batch * batchSize;
                int to = Math.min(samples, from + batchSize);
                float[] values = steps.predict(x.rows(from, to)).toFloatArray();
                System.arraycopy(values, 0, outputs, from * sampleSize, values.length);
                bar.update(to, Map.of());
            }
        }
        int[] shape = new int[outputShape.length + 1];
        shape[0] = rows;
        System.arraycopy(outputShape, 0, shape, 1, outputShape.length);
        return NDArray.of(outputs, shape);
    }
}
