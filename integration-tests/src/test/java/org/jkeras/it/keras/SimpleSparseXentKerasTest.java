package org.jkeras.it.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jkeras.EvaluateOptions;
import org.jkeras.Sequential;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Keras 2.3.1's {@code Dense(3)} then {@code Activation(softmax)}, compiled with sparse categorical
 * cross-entropy, on 3 samples of 4 features.
 *
 * <p>The file stores the predictions under {@code /outputs}, not the labels the loss was computed
 * on. The labels are recovered from the stored loss: of the 27 labellings of 3 samples, only {@code
 * 0, 1, 2} gives it, which {@link #storedLossIsThatOfLabelsZeroOneTwoAlone} checks.
 */
class SimpleSparseXentKerasTest {

    private static final String FOLDER = "examples/simple_sparse_xent";
    private static final String STEM = "simple_sparse_xent_mlp_keras_2";
    private static final float[] LABELS = {0, 1, 2};

    private static KerasCase keras;

    @BeforeAll
    static void load() {
        keras = KerasCase.load(FOLDER, STEM);
    }

    @Test
    void javaModelIsTheModelKerasDescribes() {
        keras.assertBuiltAsConfigured(keras.model());
    }

    @Test
    void everyLayerOutputMatchesKeras(TestReporter report) {
        keras.assertEveryLayerMatchesKeras()
                .forEach(
                        (layer, difference) ->
                                report.publishEntry(
                                        "max |diff| " + layer, String.valueOf(difference)));
    }

    @Test
    void predictionsMatchKeras(TestReporter report) {
        double difference = keras.assertPredictionsMatchKeras();
        report.publishEntry("max |diff| predictions", String.valueOf(difference));
    }

    @Test
    void storedLossIsThatOfLabelsZeroOneTwoAlone() {
        float[][] probabilities = keras.outputs().prediction().toFloatMatrix();
        double stored = keras.outputs().loss().orElseThrow();
        List<String> matching = new ArrayList<>();
        for (int code = 0; code < 27; code++) {
            int[] labels = {code / 9, code / 3 % 3, code % 3};
            double loss = 0;
            for (int i = 0; i < 3; i++) {
                loss -= Math.log(probabilities[i][labels[i]]) / 3;
            }
            if (Math.abs(loss - stored) <= KerasTolerance.TOLERANCE) {
                matching.add(labels[0] + "," + labels[1] + "," + labels[2]);
            }
        }
        assertEquals(List.of("0,1,2"), matching);
    }

    @Test
    void evaluateOnLabelsZeroOneTwoGivesKerasLoss(TestReporter report) {
        List<Double> scores =
                compiled()
                        .evaluate(
                                keras.outputs().input(),
                                labels(),
                                EvaluateOptions.defaults().verbose(0));
        double difference =
                KerasTolerance.assertClose(
                        keras.outputs().loss().orElseThrow(),
                        scores.get(0),
                        "simple_sparse_xent loss");
        report.publishEntry("|diff| evaluate loss", String.valueOf(difference));
    }

    @Test
    void testOnBatchOnLabelsZeroOneTwoGivesKerasLoss(TestReporter report) {
        List<Double> scores = compiled().testOnBatch(keras.outputs().input(), labels());
        double difference =
                KerasTolerance.assertClose(
                        keras.outputs().loss().orElseThrow(),
                        scores.get(0),
                        "simple_sparse_xent loss");
        report.publishEntry("|diff| testOnBatch loss", String.valueOf(difference));
    }

    @Test
    void storedTrainingConfigNamesSparseCategoricalCrossentropy() {
        assertEquals("sparse_categorical_crossentropy", storedLoss());
    }

    /** The model compiled with the loss its {@code _model.h5} training config names. */
    private static Sequential compiled() {
        Sequential model = keras.model();
        model.compile("rmsprop", storedLoss(), List.of());
        return model;
    }

    private static String storedLoss() {
        return KerasModelConfig.trainingLoss(FOLDER + "/" + STEM + "_model.h5");
    }

    /** Sparse labels in Keras's standardized shape, one column. */
    private static NDArray labels() {
        return NDArray.of(LABELS, LABELS.length, 1);
    }
}
