package org.jkeras.it.keras;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code examples/activations} cases of Keras 2.3.1: {@code Dense(32)} on 16 inputs, then one
 * advanced-activation layer, run on 2 samples. Each case is rebuilt in Java from its config, with
 * Keras's weights, and must give Keras's output at both layers.
 *
 * <p>Keras's Dense outputs lie in about [-1.5, 1.3], so the caps of {@code ReLU_1} (max_value 6)
 * and {@code ReLU_2} (max_value 1.4) are never reached: these files confirm the slope, threshold
 * and linear pieces, not the cap. {@link #kerasInputsLieOnBothSidesOfEachBreakpoint} pins what they
 * do cover.
 */
class AdvancedActivationsKerasTest {

    private static final String FOLDER = "examples/activations";

    /** Every case of the folder; ReLU_1 caps at 6, ReLU_2 adds a slope and a threshold. */
    static List<String> cases() {
        return List.of(
                "ELU_0",
                "LeakyReLU_0",
                "ReLU_0",
                "ReLU_1",
                "ReLU_2",
                "Softmax_0",
                "ThresholdReLU_0");
    }

    /** Each case with the points where its activation changes formula, below any cap. */
    static Stream<Arguments> breakpoints() {
        return Stream.of(
                Arguments.of("ELU_0", 0.0),
                Arguments.of("LeakyReLU_0", 0.0),
                Arguments.of("ReLU_0", 0.0),
                Arguments.of("ReLU_1", 0.0),
                Arguments.of("ReLU_2", 0.2),
                Arguments.of("ThresholdReLU_0", 0.0),
                Arguments.of("ThresholdReLU_0", 0.7));
    }

    @ParameterizedTest
    @MethodSource("breakpoints")
    void kerasInputsLieOnBothSidesOfEachBreakpoint(String stem, double breakpoint) {
        float[] inputs = KerasCase.load(FOLDER, stem).outputs().activation("dense").toFloatArray();
        long below = IntStream.range(0, inputs.length).filter(i -> inputs[i] < breakpoint).count();
        assertTrue(below > 0, stem + ": no Dense output below " + breakpoint);
        assertTrue(below < inputs.length, stem + ": no Dense output at or above " + breakpoint);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void javaModelIsTheModelKerasDescribes(String stem) {
        KerasCase keras = KerasCase.load(FOLDER, stem);
        keras.assertBuiltAsConfigured(keras.model());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyLayerOutputMatchesKeras(String stem, TestReporter report) {
        KerasCase.load(FOLDER, stem)
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
        double difference = KerasCase.load(FOLDER, stem).assertPredictionsMatchKeras();
        report.publishEntry("max |diff| " + stem + " predictions", String.valueOf(difference));
    }
}
