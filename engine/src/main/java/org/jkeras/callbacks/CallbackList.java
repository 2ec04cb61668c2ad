package org.jkeras.callbacks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkeras.Callback;
import org.jkeras.Sequential;

/** The callbacks of one {@code fit} call, called in order: the model's History first. */
public final class CallbackList {

    private final List<Callback> callbacks;

    /**
     * Creates the list and gives each callback the model.
     *
     * @throws IllegalArgumentException if a callback is null
     */
    public CallbackList(Sequential model, List<Callback> callbacks) {
        for (int i = 0; i < callbacks.size(); i++) {
            if (callbacks.get(i) == null) {
                throw new IllegalArgumentException(
                        "callbacks[" + i + "] must not be null. Received: null");
            }
        }
        this.callbacks = new ArrayList<>(callbacks);
        this.callbacks.forEach(callback -> callback.setModel(model));
    }

    /** Calls {@link Callback#onTrainBegin} on each callback. */
    public void trainBegin(Map<String, Double> logs) {
        callbacks.forEach(callback -> callback.onTrainBegin(logs));
    }

    /** Calls {@link Callback#onTrainEnd} on each callback. */
    public void trainEnd(Map<String, Double> logs) {
        callbacks.forEach(callback -> callback.onTrainEnd(logs));
    }

    /** Calls {@link Callback#onEpochBegin} on each callback. */
    public void epochBegin(int epoch, Map<String, Double> logs) {
        callbacks.forEach(callback -> callback.onEpochBegin(epoch, logs));
    }

    /** Calls {@link Callback#onEpochEnd} on each callback. */
    public void epochEnd(int epoch, Map<String, Double> logs) {
        callbacks.forEach(callback -> callback.onEpochEnd(epoch, logs));
    }

    /** Calls {@link Callback#onBatchBegin} on each callback. */
    public void batchBegin(int batch, Map<String, Double> logs) {
        callbacks.forEach(callback -> callback.onBatchBegin(batch, logs));
    }

    /** Calls {@link Callback#onBatchEnd} on each callback. */
    public void batchEnd(int batch, Map<String, Double> logs) {
        callbacks.forEach(callback -> callback.onBatchEnd(batch, logs));
    }
}
