package org.jkeras;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of a {@code fit} call, returned by it: one value per epoch run for the loss, each
 * metric and their validation counterparts, in the order Keras reports them.
 *
 * <pre>{@code
 * History history = model.fit(x, y, FitOptions.defaults().epochs(5));
 * List<Double> losses = history.history().get("loss");
 * }</pre>
 */
public final class History implements Callback {

    private final List<Integer> epochs = new ArrayList<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    @Override
    public void onTrainBegin(Map<String, Double> logs) {
        epochs.clear();
        values.clear();
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        epochs.add(epoch);
        for (Map.Entry<String, Double> entry : logs.entrySet()) {
            values.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
        }
    }

    /** Returns the indices of the epochs run, counting from 0. */
    public List<Integer> epoch() {
        return Collections.unmodifiableList(epochs);
    }

    /** Returns each logged quantity mapped to its values, one per epoch run. */
    public Map<String, List<Double>> history() {
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        values.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return "History" + values;
    }
}
