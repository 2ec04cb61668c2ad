package org.jkeras.benchmarks.nd4j;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jkeras.datasets.Mnist;
import org.jkeras.ndarray.NDArray;
import org.jkeras.utils.NpUtils;

/** The MNIST training set as mnist_mlp uses it: 60,000 rows of 784 floats in [0, 1], one-hot. */
record MnistData(NDArray images, NDArray labels) {

    static final int CLASSES = 10;

    /** Loads the four MNIST files from a folder, by default {@code ../shared/data/mnist}. */
    static MnistData load(String folder) {
        Path path = folder == null || folder.isBlank() ? defaultFolder() : Path.of(folder);
        Mnist mnist = Mnist.load(path);
        return new MnistData(
                mnist.trainImages(), NpUtils.toCategorical(mnist.trainLabels(), CLASSES));
    }

    private static Path defaultFolder() {
        Path relative = Path.of("..", "shared", "data", "mnist");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir.resolve(relative).normalize();
            }
        }
        return relative;
    }
}
