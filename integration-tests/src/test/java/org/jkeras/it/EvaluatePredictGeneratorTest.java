package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jkeras.Batch;
import org.jkeras.EvaluateGeneratorOptions;
import org.jkeras.EvaluateOptions;
import org.jkeras.PredictGeneratorOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The arguments of {@code evaluateGenerator} and {@code predictGenerator}. */
class EvaluatePredictGeneratorTest {

    private static final TestData DATA = TestData.generate(20, 4, 3, 23);

    private final TestModels models = new TestModels();

    @Test
    void evaluateGeneratorOverASequenceEqualsEvaluateOverTheArrays() {
        SequentialModel model = models.small(2, 4, "sgd");

        List<Double> scores =
                model.evaluateGenerator(
                        new ArraySequence(DATA.x, DATA.oneHot, 6),
                        EvaluateGeneratorOptions.defaults().workers(3));

        List<Double> expected = model.evaluate(DATA.x, DATA.oneHot);
        assertEquals(expected.get(0), scores.get(0), 1e-6);
        assertEquals(expected.get(1), scores.get(1), 1e-6);
    }

    @Test
    void evaluateGeneratorWithStepsEvaluatesThatManyBatches() {
        SequentialModel model = models.small(2, 4, "sgd");
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 6);

        List<Double> scores =
                model.evaluateGenerator(
                        sequence, EvaluateGeneratorOptions.defaults().steps(2).workers(0));

        List<Double> expected = model.evaluate(DATA.x.rows(0, 12), DATA.oneHot.rows(0, 12));
        assertEquals(expected.get(0), scores.get(0), 1e-6);
        assertEquals(List.of(0, 1), sequence.requested);
    }

    @Test
    void evaluateGeneratorWeighsBatchesBySampleWeights() {
        SequentialModel model = models.small(2, 4, "sgd");
        NDArray weights = NDArray.of(new float[] {1, 0, 2, 1, 1, 3, 0, 1, 2, 1}, 10);
        Iterator<Batch> batch =
                Stream.of(Batch.of(DATA.x.rows(0, 10), DATA.oneHot.rows(0, 10), weights))
                        .iterator();

        List<Double> scores =
                model.evaluateGenerator(batch, EvaluateGeneratorOptions.defaults().steps(1));

        List<Double> expected =
                model.evaluate(
                        DATA.x.rows(0, 10),
                        DATA.oneHot.rows(0, 10),
                        EvaluateOptions.defaults().verbose(0).sampleWeight(weights));
        assertEquals(expected.get(0), scores.get(0), 1e-6);
    }

    @Test
    void evaluateGeneratorNeedsStepsForAPlainGenerator() {
        SequentialModel model = models.small(2, 4, "sgd");
        Iterator<Batch> endless =
                Stream.generate(() -> Batch.of(DATA.x.rows(0, 4), DATA.oneHot.rows(0, 4)))
                        .iterator();

        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                model.evaluateGenerator(
                                        endless, EvaluateGeneratorOptions.defaults()));

        assertTrue(thrown.getMessage().startsWith("steps must be given for a plain generator"));
    }

    @Test
    void evaluateGeneratorWithVerboseOneShowsABarCountingSteps() {
        SequentialModel model = models.small(2, 4, "sgd");

        model.evaluateGenerator(
                new ArraySequence(DATA.x, DATA.oneHot, 6),
                EvaluateGeneratorOptions.defaults().verbose(1));

        assertTrue(models.printed().startsWith("4/4 [=============================="));
    }

    @Test
    void predictGeneratorNeedsNoCompileAndIgnoresTargets() {
        SequentialModel model = models.empty(2);
        model.add(new Dense(3).inputShape(4));

        NDArray outputs = model.predictGenerator(new ArraySequence(DATA.x, DATA.oneHot, 7));

        assertArrayEquals(new int[] {20, 3}, outputs.shape());
        assertArrayEquals(model.predict(DATA.x).toFloatArray(), outputs.toFloatArray());
    }

    @Test
    void predictGeneratorWithStepsPredictsThatManyBatches() {
        SequentialModel model = models.small(2, 4, "sgd");

        NDArray outputs =
                model.predictGenerator(
                        new ArraySequence(DATA.x, null, 6),
                        PredictGeneratorOptions.defaults().steps(2).workers(2));

        assertArrayEquals(model.predict(DATA.x.rows(0, 12)).toFloatArray(), outputs.toFloatArray());
    }

    @Test
    void predictGeneratorRejectsABatchOfTheWrongShapeNamingTheStep() {
        SequentialModel model = models.small(2, 4, "sgd");
        Iterator<Batch> wrong =
                Stream.of(
                                Batch.inputs(DATA.x.rows(0, 4)),
                                Batch.inputs(NDArray.zeros(DATA.x.dtype(), 4, 3)))
                        .iterator();

        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                model.predictGenerator(
                                        wrong, PredictGeneratorOptions.defaults().steps(2)));

        assertTrue(
                thrown.getMessage().startsWith("x of the batch at step 2 of 2 must be an array"),
                thrown.getMessage());
    }

    @Test
    void predictGeneratorWithVerboseOneShowsABarCountingStepsWithoutValues() {
        SequentialModel model = models.small(2, 4, "sgd");

        model.predictGenerator(
                new ArraySequence(DATA.x, null, 6), PredictGeneratorOptions.defaults().verbose(1));

        String printed = models.printed();
        assertTrue(printed.matches("4/4 \\[={30}\\] - \\d+s \\d+[mu]?s/step\n"), printed);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void predictGeneratorWithVerboseZeroOrTwoPrintsNothing(int verbose) {
        SequentialModel model = models.small(2, 4, "sgd");

        model.predictGenerator(new ArraySequence(DATA.x, null, 6));
        model.predictGenerator(
                new ArraySequence(DATA.x, null, 6),
                PredictGeneratorOptions.defaults().verbose(verbose));

        assertEquals("", models.printed());
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void evaluateGeneratorRejectsAnOptionOutOfRangeNamingItBeforeReading(
            String name, int value, String message) {
        SequentialModel model = models.small(2, 4, "sgd");
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 6);
        EvaluateGeneratorOptions options = evaluateOptions(name, value);

        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.evaluateGenerator(sequence, options));

        assertEquals(message, thrown.getMessage());
        assertTrue(sequence.requested.isEmpty(), sequence.requested.toString());
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void predictGeneratorRejectsAnOptionOutOfRangeNamingItBeforeReading(
            String name, int value, String message) {
        SequentialModel model = models.small(2, 4, "sgd");
        ArraySequence sequence = new ArraySequence(DATA.x, null, 6);
        PredictGeneratorOptions options = predictOptions(name, value);

        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.predictGenerator(sequence, options));

        assertEquals(message, thrown.getMessage());
        assertTrue(sequence.requested.isEmpty(), sequence.requested.toString());
        assertEquals("", models.printed());
    }

    /** An option of both methods, a value out of its range, and the message that rejects it. */
    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(
                        "workers",
                        -1,
                        "workers must be 0 (the calling thread) or more. Received: -1"),
                Arguments.of("maxQueueSize", 0, "maxQueueSize must be positive. Received: 0"),
                Arguments.of("maxQueueSize", -4, "maxQueueSize must be positive. Received: -4"),
                Arguments.of("steps", 0, "steps must be positive. Received: 0"),
                Arguments.of("verbose", 3, "verbose must be 0, 1 or 2. Received: 3"),
                Arguments.of("verbose", -1, "verbose must be 0, 1 or 2. Received: -1"));
    }

    private static EvaluateGeneratorOptions evaluateOptions(String name, int value) {
        EvaluateGeneratorOptions defaults = EvaluateGeneratorOptions.defaults();
        return switch (name) {
            case "workers" -> defaults.workers(value);
            case "maxQueueSize" -> defaults.maxQueueSize(value);
            case "steps" -> defaults.steps(value);
            case "verbose" -> defaults.verbose(value);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static PredictGeneratorOptions predictOptions(String name, int value) {
        PredictGeneratorOptions defaults = PredictGeneratorOptions.defaults();
        return switch (name) {
            case "workers" -> defaults.workers(value);
            case "maxQueueSize" -> defaults.maxQueueSize(value);
            case "steps" -> defaults.steps(value);
            case "verbose" -> defaults.verbose(value);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
