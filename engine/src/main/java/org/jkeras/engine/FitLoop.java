package org.jkeras.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeras.History;
import org.jkeras.Sequential;
import org.jkeras.callbacks.CallbackList;
import org.jkeras.training.Progbar;
import org.jkeras.training.ProgressOutput;

/**
 * Keras 2.2.4's {@code fit_loop} and {@code fit_generator} loop: epochs from {@code initialEpoch}
 * to {@code epochs}, each over the batches of a {@link BatchFeed}, then validation, with the
 * callbacks and the progress bar told at every step.
 */
final class FitLoop {

    private final BatchSteps steps;
    private final ProgressOutput progress;

    FitLoop(BatchSteps steps, ProgressOutput progress) {
        this.steps = steps;
        this.progress = progress;
    }

    /**
     * The epoch's running means of the batch results, each batch weighted by its size (1 for a
     * step), as Keras 2.2.4's {@code BaseLogger} averages them, and the progress made.
     */
    private static final class EpochAverages {
        private final Map<String, Double> sums = new LinkedHashMap<>();
        private int seen;
        private int progress;
        private int lastSize;
        private boolean completed;

        void add(Map<String, Double> batchResults, FeedBatch batch) {
            seen += batch.size();
            progress += batch.progress();
            lastSize = batch.x().length();
            batchResults.forEach(
                    (name, value) -> sums.merge(name, value * batch.size(), Double::sum));
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
            FitPlan plan,
            CallbackList callbacks,
            History history) {
        owner.setStopTraining(false);
        callbacks.trainBegin(new LinkedHashMap<>());
        for (int epoch = plan.initialEpoch(); epoch < plan.epochs(); epoch++) {
            Map<String, Double> epochLogs = new LinkedHashMap<>();
            callbacks.epochBegin(epoch, epochLogs);
            if (plan.verbose() > 0) {
                progress.stream().println("Epoch " + (epoch + 1) + "/" + plan.epochs());
            }
            Progbar bar = new Progbar(plan.feed().progressTarget(), plan.verbose(), progress);
            EpochAverages averages = runEpoch(owner, model, plan.feed(), epoch, callbacks, bar);
            epochLogs.putAll(averages.means());
            if (plan.validation() != null) {
                List<Double> validation =
                        plan.validation().evaluate(averages.lastSize, averages.completed);
                if (validation != null) {
                    List<String> names = model.metricNames();
                    epochLogs.put("val_loss", validation.get(0));
                    for (int i = 0; i < names.size(); i++) {
                        epochLogs.put("val_" + names.get(i), validation.get(i + 1));
                    }
                }
            }
            bar.finish(averages.progress, epochLogs);
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
            BatchFeed feed,
            int epoch,
            CallbackList callbacks,
            Progbar bar) {
        feed.startEpoch(epoch);
        int batches = feed.batches();
        EpochAverages averages = new EpochAverages();
        for (int batch = 0; batch < batches; batch++) {
            FeedBatch data = feed.next(batch);
            Map<String, Double> logs = new LinkedHashMap<>();
            logs.put("batch", (double) batch);
            logs.put("size", (double) data.size());
            callbacks.batchBegin(batch, logs);
            model.resetMetrics();
            double loss = steps.train(model, data.x(), data.y(), data.weights());
            Map<String, Double> results = model.results(loss);
            averages.add(results, data);
            averages.completed = batch == batches - 1;
            logs.putAll(results);
            callbacks.batchEnd(batch, logs);
            if (averages.progress < feed.progressTarget()) {
                bar.update(averages.progress, averages.means());
            }
            if (owner.isStopTraining()) {
                break;
            }
        }
        return averages;
    }
}
