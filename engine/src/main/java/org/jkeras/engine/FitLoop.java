package org.jkeras.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.Sequential;
import org.jkeras.callbacks.CallbackList;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.training.Batches;
import org.jkeras.training.Progbar;
import org.jkeras.training.ProgressOutput;

/**
 * Keras 2.2.4's {@code fit_loop} over arrays: epochs from {@code initialEpoch} to {@code epochs},
 * each in shuffled batches (or, with {@code stepsPerEpoch}, the whole arrays once per step,
 * unshuffled), then validation, with the callbacks and the progress bar told at every step.
 */
final class FitLoop {

    private final BatchSteps steps;
    private final EvaluationLoop evaluation;
    private final SeededRandom random;
    private final ProgressOutput progress;

    FitLoop(
            BatchSteps steps,
            EvaluationLoop evaluation,
            SeededRandom random,
            ProgressOutput progress) {
        this.steps = steps;
        this.evaluation = evaluation;
        this.random = random;
        this.progress = progress;
    }

    /**
     * The epoch's running means of the batch results, each batch weighted by its size (1 for a
     * step), as Keras 2.2.4's {@code BaseLogger} averages them.
     */
    private static final class EpochAverages {
        private final Map<String, Double> sums = new LinkedHashMap<>();
        private int seen;

        void add(Map<String, Double> batchResults, int size) {
            seen += size;
            batchResults.forEach((name, value) -> sums.merge(name, value * size, Double::sum));
        }

        int seen() {
            return seen;
        }

        Map<String, Double> means() {
            Map<String, Double> means = new LinkedHashMap<>();
            sums.forEach((name, sum) -> means.put(name, sum / seen));
            return means;
        }
    }

    /** Runs the epochs and returns {@code history}, which the callbacks include. */
    History run(
            Sequential owner,
            CompiledModel model,
            FitData data,
            FitOptions options,
            CallbackList callbacks,
            History history) {
        owner.setStopTraining(false);
        if (options.verbose() > 0 && data.hasValidation()) {
            progress.stream()
                    .println(
                            "Train on "
                                    + data.x().length()
                                    + " samples, validate on "
                                    + data.valX().length()
                                    + " samples");
        }
        callbacks.trainBegin(new LinkedHashMap<>());
        for (int epoch = options.initialEpoch(); epoch < options.epochs(); epoch++) {
            Map<String, Double> epochLogs = new LinkedHashMap<>();
            callbacks.epochBegin(epoch, epochLogs);
            if (options.verbose() > 0) {
                progress.stream().println("Epoch " + (epoch + 1) + "/" + options.epochs());
            }
            Integer stepsPerEpoch = options.stepsPerEpoch();
            int target = stepsPerEpoch != null ? stepsPerEpoch : data.x().length();
            Progbar bar = new Progbar(target, options.verbose(), progress);
            EpochAverages averages = runEpoch(owner, model, data, options, callbacks, bar, target);
            epochLogs.putAll(averages.means());
            if (data.hasValidation()) {
                List<Double> validation =
                        evaluation.evaluate(
                                model,
                                data.valX(),
                                data.valY(),
                                data.valWeights(),
                                options.batchSize(),
                                options.validationSteps(),
                                0);
                List<String> names = model.metricNames();
                epochLogs.put("val_loss", validation.get(0));
                for (int i = 0; i < names.size(); i++) {
                    epochLogs.put("val_" + names.get(i), validation.get(i + 1));
                }
            }
            bar.finish(averages.seen(), epochLogs);
            callbacks.epochEnd(epoch, epochLogs);
            if (owner.isStopTraining()) {
                break;
            }
        }
        callbacks.trainEnd(new LinkedHashMap<>());
        return history;
    }

    /**
     * Runs one epoch's batches. The metrics restart at each batch, so the batch logs carry the
     * batch's own results, as in Keras 2.2.4, and the bar the epoch's running means.
     */
    private EpochAverages runEpoch(
            Sequential owner,
            CompiledModel model,
            FitData data,
            FitOptions options,
            CallbackList callbacks,
            Progbar bar,
            int target) {
        boolean stepwise = options.stepsPerEpoch() != null;
        int samples = data.x().length();
        int batchSize = options.batchSize();
        int batches = stepwise ? target : Batches.count(samples, batchSize);
        int[] order =
                stepwise ? null : Batches.order(samples, batchSize, options.shuffle(), random);
        EpochAverages averages = new EpochAverages();
        for (int batch = 0; batch < batches; batch++) {
            int from = batch * batchSize;
            int to = stepwise ? samples : Math.min(samples, from + batchSize);
            int size = stepwise ? 1 : to - from;
            Map<String, Double> logs = new LinkedHashMap<>();
            logs.put("batch", (double) batch);
            logs.put("size", (double) size);
            callbacks.batchBegin(batch, logs);
            model.resetMetrics();
            double loss;
            if (stepwise) {
                loss = steps.train(model, data.x(), data.y(), data.weights());
            } else {
                int[] indices = Arrays.copyOfRange(order, from, to);
                NDArray weights = data.weights() == null ? null : data.weights().takeRows(indices);
                loss =
                        steps.train(
                                model,
                                data.x().takeRows(indices),
                                data.y().takeRows(indices),
                                weights);
            }
            Map<String, Double> results = model.results(loss);
            averages.add(results, size);
            logs.putAll(results);
            callbacks.batchEnd(batch, logs);
            if (averages.seen() < target) {
                bar.update(averages.seen(), averages.means());
            }
            if (owner.isStopTraining()) {
                break;
            }
        }
        return averages;
    }
}
