package org.jkeras.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options {@code train} and {@code compare} share: what to train, and how long. */
final class TrainingOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--example",
            paramLabel = "NAME",
            defaultValue = "mnist-mlp",
            converter = ExampleConverter.class,
            description = "The model and data: mnist-mlp or seed (default: ${DEFAULT-VALUE}).")
    Example example;

    @Option(
            names = "--epochs",
            paramLabel = "N",
            description =
                    "Epochs to train (default: for train the example's, 20 for mnist-mlp and 10"
                            + " for seed; for compare 2).")
    Integer epochs;

    @Option(
            names = "--batch-size",
            paramLabel = "B",
            description = "Samples per gradient update (default: 128 for mnist-mlp, 32 for seed).")
    Integer batchSize;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "42",
            description =
                    "Seeds initial weights, dropout and shuffling (default: ${DEFAULT-VALUE}).")
    long seed;

    /**
     * Returns the number of epochs to train: {@code --epochs}, else the example's own.
     *
     * @throws ParameterException if {@code --epochs} is not positive
     */
    int epochs() {
        return epochsOr(example.defaultEpochs());
    }

    /**
     * Returns {@code --epochs}, else {@code fallback}.
     *
     * @throws ParameterException if {@code --epochs} is not positive
     */
    int epochsOr(int fallback) {
        int value = epochs == null ? fallback : epochs;
        if (value < 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--epochs must be a positive number of epochs. Received: " + value);
        }
        return value;
    }

    /**
     * Returns the batch size.
     *
     * @throws ParameterException if {@code --batch-size} is not positive
     */
    int batchSize() {
        int value = batchSize == null ? example.defaultBatchSize() : batchSize;
        if (value < 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--batch-size must be a positive number of samples. Received: " + value);
        }
        return value;
    }
}
