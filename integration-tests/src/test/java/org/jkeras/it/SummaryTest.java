package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.layers.Dropout;
import org.jkeras.layers.InputLayer;
import org.junit.jupiter.api.Test;

/** {@code summary()} prints Keras 2.2.4's table. */
class SummaryTest {

    private final TestModels models = new TestModels();

    @Test
    void summaryOfTheSeedExampleIsKerasTable() {
        List<String> lines = new ArrayList<>();
        models.example(1).summary(lines::add);
        assertEquals(
                List.of(
                        "_________________________________________________________________",
                        "Layer (type)                 Output Shape              Param #   ",
                        "=================================================================",
                        "dense_1 (Dense)              (None, 32)                16032     ",
                        "_________________________________________________________________",
                        "dense_2 (Dense)              (None, 10)                330       ",
                        "=================================================================",
                        "Total params: 16,362",
                        "Trainable params: 16,362",
                        "Non-trainable params: 0",
                        "_________________________________________________________________"),
                lines);
    }

    @Test
    void summaryCutsALongNameAtItsColumn() {
        SequentialModel model = models.empty(1);
        model.add(new Dense(4).inputShape(3).name("a_very_long_layer_name_indeed"));
        model.add(new Dropout(0.5));
        List<String> lines = new ArrayList<>();
        model.summary(lines::add);
        assertEquals(
                "a_very_long_layer_name_indee (None, 4)                 16        ", lines.get(3));
        assertEquals(
                "dropout_1 (Dropout)          (None, 4)                 0         ", lines.get(5));
    }

    @Test
    void summaryLeavesOutTheInputLayer() {
        SequentialModel model = models.empty(1);
        model.add(new InputLayer(3));
        model.add(new Dense(4));
        List<String> lines = new ArrayList<>();
        model.summary(lines::add);
        assertEquals(9, lines.size());
        assertEquals(
                "dense_1 (Dense)              (None, 4)                 16        ", lines.get(3));
    }

    @Test
    void summaryWithoutArgumentsPrintsToStandardOutput() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            models.example(1).summary();
        } finally {
            System.setOut(original);
        }
        String[] printed = buffer.toString(StandardCharsets.UTF_8).split(System.lineSeparator());
        assertEquals(11, printed.length);
        assertEquals("Total params: 16,362", printed[7]);
    }

    @Test
    void summaryOfAnEmptyModelIsAnIllegalState() {
        assertThrows(IllegalStateException.class, () -> models.empty(1).summary());
    }
}
