package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.FitOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Activation;
import org.jkeras.layers.Dense;
import org.jkeras.layers.Flatten;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** Dense over the last axis of rank-3 samples, then Flatten, trains end to end. */
class SequenceLayersTest {

    @Test
    void denseOnStepsThenFlattenLearns() {
        TestData data = TestData.generate(60, 12, 3, 2);
        NDArray x = data.x.reshape(60, 3, 4);
        SequentialModel model = new TestModels().empty(4);
        model.add(new Dense(5).inputShape(3, 4));
        model.add(new Activation("tanh"));
        model.add(new Flatten());
        model.add(new Dense(3).activation("softmax"));
        model.compile("adam", "categorical_crossentropy", List.of("accuracy"));
        assertArrayEquals(new int[] {3, 5}, model.getLayer("activation_1").outputShape());
        assertArrayEquals(new int[] {15}, model.getLayer("flatten_1").outputShape());
        List<Double> loss =
                model.fit(x, data.oneHot, FitOptions.defaults().epochs(20).batchSize(10).verbose(0))
                        .history()
                        .get("loss");
        assertTrue(loss.get(19) < loss.get(0) * 0.8, "losses " + loss);
    }
}
