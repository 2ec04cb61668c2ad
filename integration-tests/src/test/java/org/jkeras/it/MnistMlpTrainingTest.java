package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.ValidationData;
import org.jkeras.datasets.Mnist;
import org.jkeras.examples.MnistMlp;
import org.jkeras.ndarray.NDArray;
import org.jkeras.utils.NpUtils;
import org.junit.jupiter.api.Test;

/**
 * Keras's mnist_mlp example trained one epoch on the full MNIST training set: the model of {@code
 * examples/MnistMlp} must pass 95% test accuracy (Keras reaches about 96.8% after one epoch).
 * Skipped when the MNIST files are not there: they are read from {@code -Djkeras.mnist=<folder>},
 * else from {@code ../shared/data/mnist} beside the repository root.
 */
class MnistMlpTrainingTest {

    @Test
    void oneEpochOnTheFullTrainingSetPassesNinetyFivePercentTestAccuracy() {
        Path folder = mnistFolder();
        assumeTrue(
                Mnist.isPresent(folder),
                "MNIST files "
                        + Mnist.FILES
                        + " not found in "
                        + folder
                        + "; set -Djkeras.mnist=<folder> to run this test");
        Mnist mnist = Mnist.load(folder);
        NDArray yTrain = NpUtils.toCategorical(mnist.trainLabels(), MnistMlp.NUM_CLASSES);
        NDArray yTest = NpUtils.toCategorical(mnist.testLabels(), MnistMlp.NUM_CLASSES);
        Sequential model = MnistMlp.model(SequentialOptions.defaults().seed(7));

        History history =
                model.fit(
                        mnist.trainImages(),
                        yTrain,
                        FitOptions.defaults()
                                .batchSize(MnistMlp.BATCH_SIZE)
                                .epochs(1)
                                .verbose(0)
                                .validationData(ValidationData.of(mnist.testImages(), yTest)));
        List<Double> score =
                model.evaluate(mnist.testImages(), yTest, EvaluateOptions.defaults().verbose(0));

        assertTrue(score.get(1) >= 0.95, "test accuracy " + score.get(1));
        assertEquals(score.get(1), history.history().get("val_accuracy").get(0), 1e-6);
    }

    private static Path mnistFolder() {
        String configured = System.getProperty("jkeras.mnist");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path relative = Path.of("..", "shared", "data", "mnist");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir.resolve(relative).normalize();
            }
        }
        return relative;
    }
}
