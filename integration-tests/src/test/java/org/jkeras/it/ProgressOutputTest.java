package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.PredictOptions;
import org.jkeras.engine.JKerasModelFactory;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.training.ProgressOutput;
import org.junit.jupiter.api.Test;

/**
 * Keras 2's progress output: printed to a pipe (finished lines only), or to a terminal (redrawn in
 * place with a carriage return), timed by a clock that advances one second per reading.
 */
class ProgressOutputTest {

    private static final TestData DATA = TestData.generate(10, 4, 3, 5);

    /** A value as Keras prints it: four decimals, or scientific notation when below 1e-3. */
    private static final String VALUE = "\\d\\.\\d{4}(e[+-]\\d{2})?";

    private final TestModels models = new TestModels();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    /**
     * The small model printing to {@link #printed}, on a terminal or not, with a stepping clock.
     */
    private SequentialModel timedModel(boolean terminal) {
        AtomicLong clock = new AtomicLong();
        ProgressOutput output =
                new ProgressOutput(
                        new PrintStream(printed, true, StandardCharsets.UTF_8),
                        terminal,
                        () -> clock.getAndAdd(1_000_000_000L));
        SequentialModel model = new JKerasModelFactory().newSequential(models.backend, 1, output);
        model.add(new Dense(8).inputShape(4).activation("relu"));
        model.add(new Dense(3).activation("softmax"));
        model.compile("sgd", "categorical_crossentropy", List.of("accuracy"));
        return model;
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void terminalRedrawsTheBarInPlaceWithTheEtaUntilTheFinishedLine() {
        timedModel(true).fit(DATA.x, DATA.oneHot, FitOptions.defaults().batchSize(4));
        String values = " - loss: " + VALUE + " - accuracy: " + VALUE;
        String expected =
                "Epoch 1/1\n"
                        + "\r 4/10 \\[={11}>\\.{18}\\] - ETA: 1s"
                        + values
                        + " *\r 8/10 \\[={23}>\\.{6}\\] - ETA: 0s"
                        + values
                        + " *\r10/10 \\[={30}\\] - 3s 300ms/step"
                        + values
                        + " *\n";
        assertTrue(printed().matches(expected), printed());
    }

    @Test
    void pipeGetsOnlyTheFinishedLineWithTheTimePerStep() {
        timedModel(false).fit(DATA.x, DATA.oneHot, FitOptions.defaults().batchSize(4));
        String expected =
                "Epoch 1/1\n10/10 \\[={30}\\] - 3s 300ms/step - loss: "
                        + VALUE
                        + " - accuracy: "
                        + VALUE
                        + "\n";
        assertTrue(printed().matches(expected), printed());
    }

    @Test
    void verboseTwoPrintsTheEpochTimeAndValues() {
        timedModel(false).fit(DATA.x, DATA.oneHot, FitOptions.defaults().batchSize(4).verbose(2));
        String expected = "Epoch 1/1\n - 3s - loss: " + VALUE + " - accuracy: " + VALUE + "\n";
        assertTrue(printed().matches(expected), printed());
    }

    @Test
    void stepsPerEpochCountsStepsOnTheBar() {
        timedModel(false).fit(DATA.x, DATA.oneHot, FitOptions.defaults().stepsPerEpoch(2));
        String expected =
                "Epoch 1/1\n2/2 \\[={30}\\] - 2s 1s/step - loss: "
                        + VALUE
                        + " - accuracy: "
                        + VALUE
                        + "\n";
        assertTrue(printed().matches(expected), printed());
    }

    @Test
    void evaluateWithVerboseOnePrintsABarWithoutValues() {
        timedModel(false).evaluate(DATA.x, DATA.oneHot);
        assertEquals("10/10 [==============================] - 1s 100ms/step\n", printed());
    }

    @Test
    void predictWithVerboseOnePrintsABarOfSamples() {
        timedModel(false).predict(DATA.x, PredictOptions.defaults().verbose(1).batchSize(5));
        assertEquals("10/10 [==============================] - 2s 200ms/step\n", printed());
    }

    @Test
    void evaluateWithVerboseTwoPrintsNothing() {
        timedModel(false).evaluate(DATA.x, DATA.oneHot, EvaluateOptions.defaults().verbose(2));
        assertEquals("", printed());
    }

    @Test
    void verboseOnePrintsTheEpochAndOneFinishedBar() {
        SequentialModel model = models.small(1, 4, "sgd");
        model.fit(DATA.x, DATA.oneHot, FitOptions.defaults().epochs(1).batchSize(4));
        String[] lines = models.printed().split("\n");
        assertEquals(2, lines.length, models.printed());
        assertEquals("Epoch 1/1", lines[0]);
        assertTrue(
                lines[1].matches(
                        "10/10 \\[=+\\] - \\d+s \\d+[mu]?s/step - loss: \\d\\.\\d{4}"
                                + " - accuracy: \\d\\.\\d{4}"),
                lines[1]);
    }

    @Test
    void verboseTwoPrintsOneLinePerEpochWithValidation() {
        SequentialModel model = models.small(1, 4, "sgd");
        model.fit(
                DATA.x,
                DATA.oneHot,
                FitOptions.defaults().epochs(2).verbose(2).validationSplit(0.2));
        String[] lines = models.printed().split("\n");
        assertEquals("Train on 8 samples, validate on 2 samples", lines[0]);
        assertEquals("Epoch 1/2", lines[1]);
        assertTrue(
                lines[2].matches(
                        " - \\d+s - loss: \\S+ - accuracy: \\S+ - val_loss: \\S+ - val_accuracy:"
                                + " \\S+"),
                lines[2]);
        assertEquals("Epoch 2/2", lines[3]);
        assertEquals(5, lines.length);
    }

    @Test
    void verboseZeroPrintsNothing() {
        SequentialModel model = models.small(1, 4, "sgd");
        model.fit(DATA.x, DATA.oneHot, FitOptions.defaults().verbose(0).validationSplit(0.2));
        model.evaluate(DATA.x, DATA.oneHot, EvaluateOptions.defaults().verbose(0));
        model.predict(DATA.x);
        assertEquals("", models.printed());
    }
}
