package org.jkeras.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jkeras train}: trains an example with the Keras progress bar, then tests it. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Trains an example with the Keras progress bar, validating on the held-out data after"
                    + " each epoch, then prints the test loss and accuracy.",
            "With no --data, mnist-mlp trains on the full MNIST set in the cache when it is"
                    + " there, else on the MNIST test set embedded in jkeras, split 8000 / 2000."
        })
final class TrainCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin TrainingOptions training;

    @Option(
            names = "--backend",
            paramLabel = "NAME",
            description =
                    "The backend to train on (default: jkeras.backend, JKERAS_BACKEND,"
                            + " ~/.jkeras/jkeras.json, else the available one of highest rank).")
    String backend;

    @Mixin DataOptions data;

    @Mixin ClasspathOption classpath;

    @Override
    public Integer call() {
        classpath.install();
        int epochs = training.epochs();
        int batchSize = training.batchSize();
        if (backend != null) {
            BackendNames.requireAvailable(spec, "--backend", backend);
        }
        ExampleData arrays = data.load(training.example);
        PrintWriter out = spec.commandLine().getOut();
        out.println(arrays.description());

        Sequential model =
                training.example.model(
                        SequentialOptions.defaults().backend(backend).seed(training.seed));
        out.printf(
                "Example: %s on backend %s, %d epochs, batch size %d, seed %d.%n",
                training.example.cliName(), model.backendName(), epochs, batchSize, training.seed);
        model.summary(out::println);
        out.flush();
        model.fit(
                arrays.trainX(),
                arrays.trainY(),
                FitOptions.defaults()
                        .epochs(epochs)
                        .batchSize(batchSize)
                        .verbose(1)
                        .validationData(arrays.validation()));
        List<Double> score =
                model.evaluate(
                        arrays.testX(), arrays.testY(), EvaluateOptions.defaults().verbose(0));
        out.printf("Test loss: %.4f%n", score.get(0));
        out.printf("Test accuracy: %.4f%n", score.get(1));
        out.flush();
        return 0;
    }
}
