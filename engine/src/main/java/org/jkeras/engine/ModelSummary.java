package org.jkeras.engine;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jkeras.layers.BaseLayer;

/**
 * Keras 2.2.4's summary table of a sequential model: 65 columns, fields ending at columns 29, 55
 * and 65, a row per layer between {@code _} rules, {@code =} rules around the rows, then the
 * parameter counts with thousands separators.
 */
final class ModelSummary {

    private static final int LINE_LENGTH = 65;
    private static final int[] POSITIONS = {29, 55, 65};

    private ModelSummary() {}

    /** Passes the table of {@code layers} to {@code printFn}, one line per call. */
    static void print(List<BaseLayer> layers, Consumer<String> printFn) {
        printFn.accept("_".repeat(LINE_LENGTH));
        printFn.accept(row("Layer (type)", "Output Shape", "Param #"));
        printFn.accept("=".repeat(LINE_LENGTH));
        long trainable = 0;
        long frozen = 0;
        for (int i = 0; i < layers.size(); i++) {
            BaseLayer layer = layers.get(i);
            printFn.accept(
                    row(
                            layer.name() + " (" + layer.getClass().getSimpleName() + ")",
                            pythonShape(layer.outputShape()),
                            Integer.toString(layer.countParams())));
            printFn.accept((i == layers.size() - 1 ? "=" : "_").repeat(LINE_LENGTH));
            if (layer.trainable()) {
                trainable += layer.countParams();
            } else {
                frozen += layer.countParams();
            }
        }
        printFn.accept(String.format(Locale.ROOT, "Total params: %,d", trainable + frozen));
        printFn.accept(String.format(Locale.ROOT, "Trainable params: %,d", trainable));
        printFn.accept(String.format(Locale.ROOT, "Non-trainable params: %,d", frozen));
        printFn.accept("_".repeat(LINE_LENGTH));
    }

    /**
     * Lays the fields out as Keras's {@code print_row} does: each field starts where the last one
     * ended, overwriting that one's final column with a space, and is cut or padded to its end.
     */
    private static String row(String... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.setCharAt(line.length() - 1, ' ');
            }
            line.append(fields[i]);
            line.setLength(Math.min(line.length(), POSITIONS[i]));
            line.append(" ".repeat(POSITIONS[i] - line.length()));
        }
        return line.toString();
    }

    /** Writes a batch shape as Python prints the tuple, such as {@code (None, 32)}. */
    private static String pythonShape(int[] sample) {
        StringBuilder text = new StringBuilder("(None");
        for (int dim : sample) {
            text.append(", ").append(dim);
        }
        return text.append(')').toString();
    }
}
