package org.jkeras.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgbarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long[] now = {0};

    private ProgressOutput output(boolean dynamic) {
        return new ProgressOutput(
                new PrintStream(bytes, true, StandardCharsets.UTF_8), dynamic, () -> now[0]);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, Double> values(double loss, double accuracy) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("loss", loss);
        values.put("acc", accuracy);
        return values;
    }

    @Test
    void finishedLineShowsTimeStepTimeAndValues() {
        Progbar bar = new Progbar(48000, 1, output(false));
        now[0] = 3_000_000_000L;
        bar.update(48000, values(0.24662, 0.92361));
        assertEquals(
                "48000/48000 [==============================] - 3s 62us/step"
                        + " - loss: 0.2466 - acc: 0.9236\n",
                printed());
    }

    @Test
    void pipedOutputPrintsNothingBeforeTheEnd() {
        Progbar bar = new Progbar(100, 1, output(false));
        now[0] = 1_000_000_000L;
        bar.update(50, values(1, 0.5));
        assertEquals("", printed());
    }

    @Test
    void terminalOutputRedrawsARunningBarWithAnEta() {
        Progbar bar = new Progbar(10, 1, output(true));
        now[0] = 2_000_000_000L;
        bar.update(5, values(0.5, 0.25));
        assertEquals(
                "\r 5/10 [==============>...............] - ETA: 2s - loss: 0.5000"
                        + " - acc: 0.2500",
                printed());
    }

    @Test
    void verboseTwoPrintsOneLineWithoutTheBar() {
        Progbar bar = new Progbar(10, 2, output(false));
        now[0] = 4_000_000_000L;
        bar.update(10, values(0.5, 0.25));
        assertEquals(" - 4s - loss: 0.5000 - acc: 0.2500\n", printed());
    }

    @Test
    void tinyValuesUseScientificNotation() {
        assertEquals(" - loss: 1.2346e-04", Progbar.formatValues(Map.of("loss", 1.23456e-4)));
    }

    @Test
    void verboseZeroPrintsNothing() {
        Progbar bar = new Progbar(10, 0, output(false));
        bar.update(10, values(0.5, 0.25));
        bar.finish(10, values(0.5, 0.25));
        assertEquals("", printed());
    }
}
