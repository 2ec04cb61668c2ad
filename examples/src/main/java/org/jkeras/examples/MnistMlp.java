package org.jkeras.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jkeras.CompileOptions;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.ValidationData;
import org.jkeras.datasets.Mnist;
import org.jkeras.layers.Dense;
import org.jkeras.layers.Dropout;
import org.jkeras.ndarray.NDArray;
import org.jkeras.optimizers.RMSprop;
import org.jkeras.utils.NpUtils;

/**
 * Keras 2's {@code examples/mnist_mlp.py} line for line in Java: a deep multi-layer perceptron on
 * the MNIST digits, 784-512-512-10 with dropout, trained 20 epochs with RMSprop. Keras reports
 * 98.40% test accuracy after 20 epochs.
 *
 * <p>Arguments (all optional): the folder of the four MNIST files (default {@code
 * ../shared/data/mnist} beside the repository root), and the number of epochs (default 20). The
 * Maven command passes {@code example.args} as the one folder argument:
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am package exec:exec -DskipTests \
 *     -Dexample.main=org.jkeras.examples.MnistMlp -Dexample.args=/path/to/mnist
 * </pre>
 */
public final class MnistMlp {

    /** The batch size of Keras's example. */
    public static final int BATCH_SIZE = 128;

    /** The number of epochs of Keras's example. */
    public static final int EPOCHS = 20;

    /** The number of classes, the ten digits. */
    public static final int NUM_CLASSES = 10;

    private MnistMlp() {}

    /**
     * Returns the example's model, compiled: 784-512-512-10 with ReLU, dropout 0.2 after each
     * hidden layer and a softmax, RMSprop on categorical cross-entropy with accuracy, created with
     * {@code options} (the backend and seed).
     */
    public static Sequential model(SequentialOptions options) {
        Sequential model = Sequential.create(options);
        model.add(new Dense(512).activation("relu").inputShape(784));
        model.add(new Dropout(0.2));
        model.add(new Dense(512).activation("relu"));
        model.add(new Dropout(0.2));
        model.add(new Dense(NUM_CLASSES).activation("softmax"));
        model.compile(
                CompileOptions.defaults()
                        .loss("categorical_crossentropy")
                        .optimizer(new RMSprop())
                        .metrics(List.of("accuracy")));
        return model;
    }

    public static void main(String[] args) {
        Path folder = args.length > 0 && !args[0].isBlank() ? Path.of(args[0]) : defaultFolder();
        int batchSize = BATCH_SIZE;
        int numClasses = NUM_CLASSES;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : EPOCHS;

        // (x_train, y_train), (x_test, y_test) = mnist.load_data(), reshaped to 784 and / 255
        Mnist mnist = Mnist.load(folder);
        NDArray xTrain = mnist.trainImages();
        NDArray xTest = mnist.testImages();
        System.out.println(xTrain.length() + " train samples");
        System.out.println(xTest.length() + " test samples");

        // y_train = keras.utils.to_categorical(y_train, num_classes)
        NDArray yTrain = NpUtils.toCategorical(mnist.trainLabels(), numClasses);
        NDArray yTest = NpUtils.toCategorical(mnist.testLabels(), numClasses);

        Sequential model = model(SequentialOptions.defaults());
        model.summary();

        model.fit(
                xTrain,
                yTrain,
                FitOptions.defaults()
                        .batchSize(batchSize)
                        .epochs(epochs)
                        .verbose(1)
                        .validationData(ValidationData.of(xTest, yTest)));
        List<Double> score = model.evaluate(xTest, yTest, EvaluateOptions.defaults().verbose(0));
        System.out.println("Test loss: " + score.get(0));
        System.out.println("Test accuracy: " + score.get(1));
    }

    /**
     * Returns {@code ../shared/data/mnist} relative to the repository root: the nearest folder at
     * or above the working directory that holds {@code mvnw}, so the example finds the data when
     * started from the root or from {@code examples/} (as {@code exec:exec} does).
     */
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
