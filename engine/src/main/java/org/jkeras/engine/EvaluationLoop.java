package org.jkeras.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkeras.ndarray.NDArray;
import org.jkeras.training.Progbar;
import org.jkeras.training.ProgressOutput;

/**
 * Keras 2.2.4's test and predict loops, over the batches of a {@link BatchFeed}: arrays batch after
 * batch in input order (or, with a number of steps, whole once per step), or a generator's batches
 * in the order it gives them. Only verbose 1 shows a bar, as in Keras.
 */
final class EvaluationLoop {

    private final BatchSteps steps;
    private final ProgressOutput progress;

    EvaluationLoop(BatchSteps steps, ProgressOutput progress) {
        this.steps = steps;
        this.progress = progress;
    }

    /**
     * Returns the loss and metrics, in {@code metricsNames} order: the loss is the mean of the
     * batch losses weighted by each batch's {@code size}, and the metrics run over every batch.
     */
    List<Double> evaluate(CompiledModel model, BatchFeed feed, int verbose) {
        model.resetMetrics();
        Progbar bar = new Progbar(feed.progressTarget(), verbose == 1 ? 1 : 0, progress);
        double total = 0;
        int seen = 0;
        int done = 0;
        for (int index = 0; index < feed.batches(); index++) {
            FeedBatch batch = feed.next(index);
            total += steps.test(model, batch.x(), batch.y(), batch.weights()) * batch.size();
            seen += batch.size();
            done += batch.progress();
            bar.update(done, Map.of());
        }
        return new ArrayList<>(model.results(total / seen).values());
    }

    /**
     * Returns the outputs of every batch, one after the other in the order the feed gives them:
     * every sample in input order over arrays, or with a number of steps the outputs of the whole
     * input once per step, as Keras 2.2.4 concatenates them.
     */
    NDArray predict(BatchFeed feed, int[] outputShape, int verbose) {
        Progbar bar = new Progbar(feed.progressTarget(), verbose == 1 ? 1 : 0, progress);
        List<float[]> outputs = new ArrayList<>();
        int rows = 0;
        int done = 0;
        for (int index = 0; index < feed.batches(); index++) {
            FeedBatch batch = feed.next(index);
            outputs.add(steps.predict(batch.x()).toFloatArray());
            rows += batch.x().length();
            done += batch.progress();
            bar.update(done, Map.of());
        }
        return concatenate(outputs, rows, outputShape);
    }

    private static NDArray concatenate(List<float[]> outputs, int rows, int[] outputShape) {
        int total = 0;
        for (float[] values : outputs) {
            total += values.length;
        }
        float[] all = new float[total];
        int offset = 0;
        for (float[] values : outputs) {
            System.arraycopy(values, 0, all, offset, values.length);
            offset += values.length;
        }
        int[] shape = new int[outputShape.length + 1];
        shape[0] = rows;
        System.arraycopy(outputShape, 0, shape, 1, outputShape.length);
        return NDArray.of(all, shape);
    }
}
