package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.engine.SequentialModel;
import org.junit.jupiter.api.Test;

/** Keras 2's progress output, printed to a pipe (finished lines only). */
class ProgressOutputTest {

    private static final TestData DATA = TestData.generate(10, 4, 3, 5);

    private final TestModels models = new TestModels();

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
