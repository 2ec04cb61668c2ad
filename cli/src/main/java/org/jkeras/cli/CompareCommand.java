package org.jkeras.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code jkeras compare}: trains one example with one seed on several backends and compares the
 * per-epoch losses and metrics, failing when they part by more than the tolerance.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Trains an example with the same seed (so the same initial weights, dropout masks and"
                    + " shuffles) on each backend, prints the loss and metrics of the initial"
                    + " weights (epoch 0) and of every epoch side by side with their spread, and"
                    + " the largest spread.",
            "Exits with 1 when a spread at epoch 0 passes --initial-tolerance, or a spread of"
                    + " the training loss or a training metric at a later epoch passes"
                    + " --tolerance, naming the first epoch where one does; with 0 when the"
                    + " backends agree. Validation figures after epoch 0 drift apart on correct"
                    + " backends too: they are shown, and fail only when some backends give NaN"
                    + " and others a number."
        })
final class CompareCommand implements Callable<Integer> {

    /**
     * Backends drift apart the longer they train, so a comparison is short unless asked otherwise;
     * two epochs of mnist-mlp show a wrong op or update well past the default tolerances.
     */
    static final int DEFAULT_EPOCHS = 2;

    @Spec CommandSpec spec;

    @Option(
            names = "--backends",
            paramLabel = "NAME",
            required = true,
            split = ",",
            description = "Two or more backends to compare; one may appear twice.")
    List<String> backends;

    @Mixin TrainingOptions training;

    @Option(
            names = "--tolerance",
            paramLabel = "T",
            defaultValue = "5e-3",
            description =
                    "The largest spread between backends of the training loss or a training"
                            + " metric, at any epoch after the first pass, that counts as"
                            + " agreement (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(
            names = "--initial-tolerance",
            paramLabel = "T",
            defaultValue = "1e-4",
            description =
                    "The largest spread between backends, on any loss or metric of the initial"
                            + " weights (epoch 0), that counts as agreement"
                            + " (default: ${DEFAULT-VALUE}).")
    double initialTolerance;

    @Mixin DataOptions data;

    @Mixin ClasspathOption classpath;

    @Override
    public Integer call() {
        classpath.install();
        int epochs = training.epochsOr(DEFAULT_EPOCHS);
        int batchSize = training.batchSize();
        requireTolerance("--tolerance", tolerance);
        requireTolerance("--initial-tolerance", initialTolerance);
        Tolerances tolerances = new Tolerances(initialTolerance, tolerance);
        requireBackends();
        ExampleData arrays = data.load(training.example);
        PrintWriter out = spec.commandLine().getOut();
        out.println(arrays.description());
        out.printf(
                Locale.ROOT,
                "Example: %s, %d epochs, batch size %d, seed %d, tolerance %.1e"
                        + " (epoch 0: %.1e).%n",
                training.example.cliName(),
                epochs,
                batchSize,
                training.seed,
                tolerance,
                initialTolerance);

        List<Trajectory> trajectories = new ArrayList<>();
        Map<String, Integer> runs = new HashMap<>();
        for (String backend : backends) {
            int run = runs.merge(backend, 1, Integer::sum);
            String label = run == 1 ? backend : backend + "#" + run;
            trajectories.add(new Trajectory(label, train(backend, arrays, epochs, batchSize, out)));
        }
        Comparison comparison = new Comparison(trajectories, epochs);
        comparison.print(out);
        out.println("Largest spread: " + comparison.largest().describe() + ".");
        Optional<Divergence> diverged = comparison.firstBeyond(tolerances);
        out.flush();
        if (diverged.isPresent()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            Locale.ROOT,
                            "jkeras compare: the backends diverge from epoch %d: %s, past %s.%n",
                            diverged.get().epoch(),
                            diverged.get().describe(),
                            tolerances.describeLimitFor(diverged.get()));
            return Main.FAILED;
        }
        out.printf(
                Locale.ROOT,
                "The backends agree: within %.1e on the initial weights, and within %.1e on the"
                        + " training loss and metrics of every epoch.%n",
                initialTolerance,
                tolerance);
        return 0;
    }

    private Map<String, List<Double>> train(
            String backend, ExampleData arrays, int epochs, int batchSize, PrintWriter out) {
        out.printf("Training on %s... ", backend);
        out.flush();
        long start = System.nanoTime();
        Sequential model =
                training.example.model(
                        SequentialOptions.defaults().backend(backend).seed(training.seed));
        // Epoch 0 is the initial weights: one forward pass, before training's drift sets in, so a
        // wrong forward op shows at once. Evaluating draws nothing from the seeded generator.
        EvaluateOptions quiet = EvaluateOptions.defaults().batchSize(batchSize).verbose(0);
        List<Double> initial = model.evaluate(arrays.trainX(), arrays.trainY(), quiet);
        List<Double> initialValidation = model.evaluate(arrays.testX(), arrays.testY(), quiet);
        History history =
                model.fit(
                        arrays.trainX(),
                        arrays.trainY(),
                        FitOptions.defaults()
                                .epochs(epochs)
                                .batchSize(batchSize)
                                .verbose(0)
                                .validationData(arrays.validation()));
        out.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - start) / 1e9);
        return withEpochZero(model.metricsNames(), initial, initialValidation, history.history());
    }

    private static Map<String, List<Double>> withEpochZero(
            List<String> names,
            List<Double> initial,
            List<Double> initialValidation,
            Map<String, List<Double>> history) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> entry : history.entrySet()) {
            String name = entry.getKey();
            boolean validation = name.startsWith("val_");
            int index = names.indexOf(validation ? name.substring("val_".length()) : name);
            List<Double> series = new ArrayList<>();
            series.add(
                    index < 0 ? Double.NaN : (validation ? initialValidation : initial).get(index));
            series.addAll(entry.getValue());
            values.put(name, series);
        }
        return values;
    }

    private void requireTolerance(String option, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new ParameterException(
                    spec.commandLine(),
                    option + " must be a finite number of at least 0. Received: " + value);
        }
    }

    private void requireBackends() {
        if (backends.size() < 2) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--backends must name at least two backends, separated by commas (a backend"
                            + " may be named twice to check it against itself). Received: "
                            + String.join(",", backends));
        }
        for (String backend : backends) {
            BackendNames.requireAvailable(spec, "--backends", backend);
        }
    }
}
