package org.jkeras;

import java.util.Map;

/**
 * Hooks into training, called by {@code fit} at the start and end of training, of each epoch and of
 * each batch. Every method does nothing by default, so a callback overrides only what it needs.
 *
 * <p>{@code logs} carries the scalars of the moment: at batch end {@code batch}, {@code size},
 * {@code loss} and each metric; at epoch end the epoch's {@code loss}, metrics and, with
 * validation, {@code val_loss} and {@code val_<metric>}. The map is mutable, so a callback may add
 * entries that later callbacks see, as in Keras. A callback stops training early with {@link
 * Sequential#setStopTraining(boolean)}.
 *
 * <pre>{@code
 * model.fit(x, y, FitOptions.defaults().callbacks(List.of(new Callback() {
 *     public void onEpochEnd(int epoch, Map<String, Double> logs) {
 *         System.out.println(epoch + ": " + logs.get("loss"));
 *     }
 * })));
 * }</pre>
 */
public interface Callback {

    /** Gives the callback the model it is attached to, before training begins. */
    default void setModel(Sequential model) {}

    /** Called once before the first epoch. */
    default void onTrainBegin(Map<String, Double> logs) {}

    /** Called once after the last epoch, or after training was stopped. */
    default void onTrainEnd(Map<String, Double> logs) {}

    /** Called at the start of an epoch; {@code epoch} counts from 0. */
    default void onEpochBegin(int epoch, Map<String, Double> logs) {}

    /** Called at the end of an epoch with its results. */
    default void onEpochEnd(int epoch, Map<String, Double> logs) {}

    /** Called before a batch; {@code batch} counts from 0 within the epoch. */
    default void onBatchBegin(int batch, Map<String, Double> logs) {}

    /** Called after a batch with its results. */
    default void onBatchEnd(int batch, Map<String, Double> logs) {}
}
