package org.jkeras.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.examples.MnistMlp;
import org.jkeras.examples.SeedExample;

/** The examples the command line trains, defined once in the examples module. */
enum Example {

    /** Keras's {@code mnist_mlp}: 784-512-512-10 with dropout, RMSprop, on MNIST. */
    MNIST_MLP("mnist-mlp", MnistMlp.EPOCHS, MnistMlp.BATCH_SIZE) {
        @Override
        Sequential model(SequentialOptions options) {
            return MnistMlp.model(options);
        }
    },

    /** The Keras 2 reference's example: Dense(32) and a softmax on 500 generated features. */
    SEED("seed", SeedExample.EPOCHS, SeedExample.BATCH_SIZE) {
        @Override
        Sequential model(SequentialOptions options) {
            return SeedExample.model(options);
        }
    };

    private final String cliName;
    private final int defaultEpochs;
    private final int defaultBatchSize;

    Example(String cliName, int defaultEpochs, int defaultBatchSize) {
        this.cliName = cliName;
        this.defaultEpochs = defaultEpochs;
        this.defaultBatchSize = defaultBatchSize;
    }

    /** Returns the compiled model, created with {@code options} (its backend and seed). */
    abstract Sequential model(SequentialOptions options);

    /** Returns the name users give on the command line. */
    String cliName() {
        return cliName;
    }

    int defaultEpochs() {
        return defaultEpochs;
    }

    int defaultBatchSize() {
        return defaultBatchSize;
    }

    /** Returns the names of every example, for messages: {@code mnist-mlp, seed}. */
    static String names() {
        return Arrays.stream(values()).map(Example::cliName).collect(Collectors.joining(", "));
    }

    /**
     * Returns the example called {@code name}.
     *
     * @throws IllegalArgumentException if there is none
     */
    static Example named(String name) {
        for (Example example : values()) {
            if (example.cliName.equals(name)) {
                return example;
            }
        }
        throw new IllegalArgumentException("expected one of " + names() + ". Received: " + name);
    }
}
