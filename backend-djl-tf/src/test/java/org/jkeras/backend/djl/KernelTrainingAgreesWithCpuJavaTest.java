package org.jkeras.backend.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.jkeras.FitOptions;
import org.jkeras.PredictOptions;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The optimizers that run as one TensorFlow kernel (Adam and RMSprop through {@code
 * ResourceApplyAdam}, plain SGD through {@code ResourceApplyGradientDescent}) train a seeded
 * 3-epoch MLP as backend-cpu-java does: the same losses each epoch and the same predictions
 * afterwards.
 */
class KernelTrainingAgreesWithCpuJavaTest {

    private static final int SAMPLES = 256;
    private static final int FEATURES = 12;

    @ParameterizedTest
    @ValueSource(strings = {"adam", "sgd", "rmsprop"})
    void lossesAndPredictionsMatchCpuJava(String optimizer) {
        NDArray x = inputs();
        NDArray y = targets(x);
        Run tensorFlow = train("djl-tf", optimizer, x, y);
        Run java = train("cpu-java", optimizer, x, y);
        for (int epoch = 0; epoch < 3; epoch++) {
            double expected = java.losses().get(epoch);
            assertEquals(
                    expected,
                    tensorFlow.losses().get(epoch),
                    1e-4 + 1e-3 * Math.abs(expected),
                    optimizer + " loss of epoch " + epoch);
        }
        float[] expected = java.predictions().toFloatArray();
        float[] actual = tensorFlow.predictions().toFloatArray();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(
                    expected[i],
                    actual[i],
                    1e-4 + 1e-3 * Math.abs(expected[i]),
                    optimizer + " prediction " + i);
        }
    }

    private record Run(List<Double> losses, NDArray predictions) {}

    private static Run train(String backend, String optimizer, NDArray x, NDArray y) {
        Sequential model =
                Sequential.create(SequentialOptions.defaults().backend(backend).seed(11));
        model.add(new Dense(16).activation("tanh").inputShape(FEATURES));
        model.add(new Dense(1));
        model.compile(optimizer, "mse", List.of());
        List<Double> losses =
                model.fit(x, y, FitOptions.defaults().epochs(3).batchSize(32).verbose(0))
                        .history()
                        .get("loss");
        return new Run(losses, model.predict(x, PredictOptions.defaults()));
    }

    private static NDArray inputs() {
        Random random = new Random(3);
        float[] values = new float[SAMPLES * FEATURES];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return NDArray.of(values, SAMPLES, FEATURES);
    }

    /** A smooth target the MLP can learn: the sine of the sum of the first three features. */
    private static NDArray targets(NDArray x) {
        float[] in = x.toFloatArray();
        float[] out = new float[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            out[i] =
                    (float)
                            Math.sin(
                                    in[i * FEATURES] + in[i * FEATURES + 1] + in[i * FEATURES + 2]);
        }
        return NDArray.of(out, SAMPLES, 1);
    }
}
