package org.jkeras.it.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jkeras.EvaluateOptions;
import org.jkeras.Layer;
import org.jkeras.Sequential;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keras's {@code mnist_mlp} example, trained by Keras and rebuilt in Java with Keras's weights, run
 * on the 100 MNIST digits Keras ran it on. Two cases: {@code tf_keras_2} (Keras 2.0.6 on
 * TensorFlow: Dense 512 relu, Dropout 0.2, Dense 512 relu, Dropout 0.2, Dense 10 softmax) and
 * {@code th_keras_1} (Keras 1.2.2 on Theano, the activations as separate layers: Dense, LeakyReLU,
 * Dropout, Dense, Activation relu, Dropout, Dense, Activation softmax).
 */
class MnistMlpKerasTest {

    private static final String FOLDER = "examples/mnist_mlp";
    private static final Map<String, KerasCase> CASES = new ConcurrentHashMap<>();

    static List<String> cases() {
        return List.of("mnist_mlp_tf_keras_2", "mnist_mlp_th_keras_1");
    }

    private static KerasCase keras(String stem) {
        return CASES.computeIfAbsent(stem, name -> KerasCase.load(FOLDER, name));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void javaModelIsTheModelKerasDescribes(String stem) {
        Sequential model = keras(stem).model();
        keras(stem).assertBuiltAsConfigured(model);
        // Keras's summary of this example: "Total params: 669,706".
        assertEquals(669_706, model.layers().stream().mapToInt(Layer::countParams).sum());
    }

    @ParameterizedTest
    @CsvSource({"mnist_mlp_tf_keras_2, /kernel:0, /bias:0", "mnist_mlp_th_keras_1, _W, _b"})
    void storedWeightsAreKernelThenBiasForEachDense(String stem, String kernel, String bias) {
        for (String layer : List.of("dense_1", "dense_2", "dense_3")) {
            assertEquals(
                    List.of(layer + kernel, layer + bias),
                    keras(stem).weights().weightNames(layer));
        }
        assertEquals(List.of(), keras(stem).weights().weightNames("dropout_1"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyLayerOutputMatchesKeras(String stem, TestReporter report) {
        keras(stem)
                .assertEveryLayerMatchesKeras()
                .forEach(
                        (layer, difference) ->
                                report.publishEntry(
                                        "max |diff| " + stem + " " + layer,
                                        String.valueOf(difference)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void predictionsMatchKeras(String stem, TestReporter report) {
        double difference = keras(stem).assertPredictionsMatchKeras();
        report.publishEntry("max |diff| " + stem + " predictions", String.valueOf(difference));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void evaluateOnTheStoredLabelsGivesKerasLoss(String stem, TestReporter report) {
        StoredOutputs stored = keras(stem).outputs();
        List<Double> scores =
                compiled(stem)
                        .evaluate(
                                stored.input(),
                                stored.targets(),
                                EvaluateOptions.defaults().verbose(0));
        double difference =
                KerasTolerance.assertClose(
                        stored.loss().orElseThrow(), scores.get(0), stem + " loss");
        report.publishEntry("|diff| " + stem + " evaluate loss", String.valueOf(difference));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void testOnBatchOnTheStoredLabelsGivesKerasLoss(String stem, TestReporter report) {
        StoredOutputs stored = keras(stem).outputs();
        List<Double> scores = compiled(stem).testOnBatch(stored.input(), stored.targets());
        double difference =
                KerasTolerance.assertClose(
                        stored.loss().orElseThrow(), scores.get(0), stem + " loss");
        report.publishEntry("|diff| " + stem + " testOnBatch loss", String.valueOf(difference));
    }

    /**
     * Keras's mnist_mlp example compiles with RMSprop and categorical cross-entropy; the stored
     * targets are the one-hot labels of the 100 digits.
     */
    private static Sequential compiled(String stem) {
        Sequential model = keras(stem).model();
        model.compile("rmsprop", "categorical_crossentropy", List.of());
        return model;
    }
}
