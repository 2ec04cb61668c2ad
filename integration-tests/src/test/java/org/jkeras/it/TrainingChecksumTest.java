package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jkeras.FitOptions;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.layers.Dense;
import org.jkeras.layers.Dropout;
import org.jkeras.layers.LeakyReLU;
import org.jkeras.layers.ReLU;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact weights of short seeded training runs on cpu-java. The checksums were taken before
 * the training path was optimized; a speed-up must not change a single bit of a result, so any
 * change to these numbers means a change of behaviour, not of speed.
 */
class TrainingChecksumTest {

    /** FNV-1a over the float bits of every weight, in {@code getWeights()} order. */
    private static long checksum(List<NDArray> weights) {
        long hash = 0xCBF29CE484222325L;
        for (NDArray weight : weights) {
            for (float value : weight.toFloatArray()) {
                hash ^= Float.floatToRawIntBits(value);
                hash *= 0x100000001B3L;
            }
        }
        return hash;
    }

    @Test
    void mnistMlpShapedRunWithDropoutKeepsItsPinnedWeights() {
        TestData data = TestData.generate(512, 784, 10, 11);
        Sequential model = Sequential.create(SequentialOptions.defaults().seed(5));
        model.add(new Dense(512).activation("relu").inputShape(784));
        model.add(new Dropout(0.2));
        model.add(new Dense(512).activation("relu"));
        model.add(new Dropout(0.2));
        model.add(new Dense(10).activation("softmax"));
        model.compile("rmsprop", "categorical_crossentropy", List.of("accuracy"));

        model.fit(data.x, data.oneHot, FitOptions.defaults().batchSize(128).epochs(2).verbose(0));

        assertEquals(6778963050758075702L, checksum(model.getWeights()));
    }

    @Test
    void runWithSharedDropoutMasksReluVariantsAndRegularizersKeepsItsPinnedWeights() {
        TestData data = TestData.generate(96, 12, 4, 13);
        Sequential model = Sequential.create(SequentialOptions.defaults().seed(9));
        model.add(new Dense(24).inputShape(12).kernelRegularizer("l2"));
        model.add(new LeakyReLU(0.1));
        model.add(new Dropout(0.3).noiseShape(1, -1));
        model.add(new Dense(24).activation("tanh").biasRegularizer("l1"));
        model.add(new ReLU(6.0, 0.05, 0.1));
        model.add(new Dropout(0.5));
        model.add(new Dense(4).activation("sigmoid"));
        model.compile("adam", "mse", List.of("accuracy"));

        model.fit(data.x, data.oneHot, FitOptions.defaults().batchSize(16).epochs(2).verbose(0));

        assertEquals(-7665561160568812992L, checksum(model.getWeights()));
    }
}
