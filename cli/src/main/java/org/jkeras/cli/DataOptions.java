package org.jkeras.cli;

import java.nio.file.Path;
import org.jkeras.datasets.Mnist;
import org.jkeras.examples.MnistMlp;
import org.jkeras.examples.SeedExample;
import org.jkeras.utils.NpUtils;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where an example's data comes from. MNIST is read from {@code --data} when given; else from the
 * cache (downloading it first with {@code --download}); else, so that a fresh machine with no
 * network can train, from the MNIST test set embedded in the jar, split 8,000 / 2,000.
 */
final class DataOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description =
                    "A folder holding the four gzipped MNIST IDX files (and optionally their"
                            + " SHA256SUMS), for mnist-mlp.")
    Path folder;

    @Option(
            names = "--download",
            description =
                    "Use the full MNIST set, downloading it into the cache"
                            + " ($JKERAS_HOME/datasets, default ~/.jkeras/datasets) if missing.")
    boolean download;

    /**
     * Loads the data of {@code example}.
     *
     * @throws ParameterException if the options do not fit the example, or the folder's files are
     *     missing or damaged
     */
    ExampleData load(Example example) {
        if (example == Example.SEED) {
            requireNoMnistOption();
            SeedExample.Dataset train = SeedExample.trainingData();
            SeedExample.Dataset test = SeedExample.testData();
            return new ExampleData(
                    train.x(),
                    train.y(),
                    test.x(),
                    test.y(),
                    "Data: generated, 10000 training and 2000 held-out samples of 500 features.");
        }
        if (folder != null && download) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--data and --download must not be given together. Received: both");
        }
        if (folder != null) {
            return mnist(readFolder(), "Data: MNIST from " + folder);
        }
        Path cache = Mnist.cacheFolder();
        if (download || Mnist.isPresent(cache)) {
            return mnist(Mnist.loadData(), "Data: MNIST from the cache, " + cache);
        }
        return mnist(
                Mnist.loadEmbedded(),
                "Data: the embedded MNIST test set (10000 images; for the full set use"
                        + " --download or --data DIR), split in order");
    }

    private void requireNoMnistOption() {
        if (folder != null || download) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--data and --download apply to --example mnist-mlp only. Received: "
                            + (folder != null ? "--data " + folder : "--download")
                            + " with --example seed");
        }
    }

    private Mnist readFolder() {
        try {
            return Mnist.load(folder);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--data: " + e.getMessage(), e);
        }
    }

    private static ExampleData mnist(Mnist mnist, String source) {
        return new ExampleData(
                mnist.trainImages(),
                NpUtils.toCategorical(mnist.trainLabels(), MnistMlp.NUM_CLASSES),
                mnist.testImages(),
                NpUtils.toCategorical(mnist.testLabels(), MnistMlp.NUM_CLASSES),
                String.format(
                        "%s: %d training and %d test images.",
                        source, mnist.trainImages().length(), mnist.testImages().length()));
    }
}
