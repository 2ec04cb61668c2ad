package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** The seed's example model trains on learnable data, reproducibly. */
class ExampleModelTest {

    private static final TestData DATA = TestData.generate(1000, 500, 10, 11);
    private static final FitOptions OPTIONS =
            FitOptions.defaults().epochs(5).batchSize(32).verbose(0);

    @Test
    void lossFallsAndAccuracyRisesAboveChance() {
        SequentialModel model = new TestModels().example(3);
        History history = model.fit(DATA.x, DATA.oneHot, OPTIONS);
        List<Double> loss = history.history().get("loss");
        List<Double> accuracy = history.history().get("accuracy");
        assertEquals(5, loss.size());
        assertTrue(loss.get(4) < loss.get(0) * 0.7, "losses " + loss);
        assertTrue(accuracy.get(4) > 0.5, "accuracy " + accuracy);
    }

    @Test
    void historyRecordsEveryEpochIndex() {
        History history = new TestModels().example(3).fit(DATA.x, DATA.oneHot, OPTIONS.epochs(2));
        assertEquals(List.of(0, 1), history.epoch());
        assertEquals(List.of("loss", "accuracy"), List.copyOf(history.history().keySet()));
    }

    @Test
    void sameSeedGivesBitIdenticalWeightsAfterTraining() {
        SequentialModel first = new TestModels().example(21);
        SequentialModel second = new TestModels().example(21);
        first.fit(DATA.x, DATA.oneHot, OPTIONS.epochs(2));
        second.fit(DATA.x, DATA.oneHot, OPTIONS.epochs(2));
        List<NDArray> a = first.getWeights();
        List<NDArray> b = second.getWeights();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(
                    List.of(bits(a.get(i))), List.of(bits(b.get(i))), "weight " + i + " differs");
        }
    }

    @Test
    void differentSeedsStartFromDifferentWeights() {
        assertNotEquals(
                new TestModels().example(1).getWeights().get(0),
                new TestModels().example(2).getWeights().get(0));
    }

    @Test
    void modelFoundThroughServiceLoaderRunsOnTheBundledBackend() {
        Sequential model = Sequential.create(SequentialOptions.defaults().seed(5));
        assertEquals("cpu-java", model.backendName());
    }

    private static String bits(NDArray array) {
        StringBuilder text = new StringBuilder();
        for (float value : array.toFloatArray()) {
            text.append(Integer.toHexString(Float.floatToRawIntBits(value))).append(' ');
        }
        return text.toString();
    }
}
