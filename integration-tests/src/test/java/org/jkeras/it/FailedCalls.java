package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.jkeras.FitOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.losses.Losses;
import org.jkeras.metrics.Metrics;
import org.jkeras.ndarray.NDArray;
import org.jkeras.optimizers.OptimizerBase;
import org.jkeras.optimizers.RMSprop;
import org.junit.jupiter.api.function.Executable;

/**
 * The check behind the spec's rule that a failed call leaves the model exactly as it was, on a
 * model whose weights and optimizer state are not fresh.
 */
final class FailedCalls {

    /** A model trained for one epoch with its own optimizer, whose state a test can compare. */
    record Trained(SequentialModel model, OptimizerBase optimizer) {}

    private FailedCalls() {}

    /**
     * Returns a 4-8-3 softmax classifier with accuracy, trained on {@code data} for one epoch with
     * RMSprop, so that its optimizer has slots to compare.
     */
    static Trained trained(TestModels models, TestData data) {
        RMSprop rmsprop = new RMSprop();
        SequentialModel model = models.empty(1);
        model.add(new Dense(8).inputShape(4).activation("relu"));
        model.add(new Dense(3).activation("softmax"));
        model.compile(
                rmsprop,
                Losses.get("categorical_crossentropy"),
                List.of(Metrics.resolve("accuracy", "categorical_crossentropy", new int[] {3})));
        model.fit(data.x, data.oneHot, FitOptions.defaults().verbose(0).batchSize(4));
        return new Trained(model, rmsprop);
    }

    /**
     * Runs {@code call}, expects it to throw {@code type}, and checks that the model's weights, its
     * optimizer's state, its metric names and the caller's {@code arrays} are as before.
     */
    static <T extends Throwable> T assertFailsChangingNothing(
            Class<T> type, Trained trained, List<NDArray> arrays, Executable call) {
        List<NDArray> weights = trained.model().getWeights();
        List<NDArray> optimizerState = trained.optimizer().getWeights();
        List<String> names = trained.model().metricsNames();
        List<float[]> values = new ArrayList<>();
        arrays.forEach(array -> values.add(array.toFloatArray()));
        T e = assertThrows(type, call);
        assertEquals(weights, trained.model().getWeights());
        assertEquals(optimizerState, trained.optimizer().getWeights());
        assertEquals(names, trained.model().metricsNames());
        for (int i = 0; i < arrays.size(); i++) {
            assertArrayEquals(values.get(i), arrays.get(i).toFloatArray());
        }
        return e;
    }
}
