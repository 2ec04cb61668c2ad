package org.jkeras.examples;

import java.util.List;
import java.util.Random;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;

/**
 * The example model of the Keras 2 Sequential reference, line for line in Java: a Dense layer of 32
 * units on 500 inputs and a softmax over 10 classes, compiled with RMSprop and categorical
 * cross-entropy, trained a few epochs on generated data and then evaluated on held-out data.
 *
 * <p>Arguments (all optional): {@code epochs} (default 10) and {@code backend} (default: the
 * discovery order).
 */
public final class SeedExample {

    private static final int FEATURES = 500;
    private static final int CLASSES = 10;

    /** The batch size of the reference's example. */
    public static final int BATCH_SIZE = 32;

    /** The number of epochs of the reference's example. */
    public static final int EPOCHS = 10;

    private SeedExample() {}

    /** Returns the example's model, compiled, created with {@code options} (backend and seed). */
    public static Sequential model(SequentialOptions options) {
        // model = Sequential()
        Sequential model = Sequential.create(options);
        // model.add(Dense(32, input_shape=(500,)))
        model.add(new Dense(32).inputShape(FEATURES));
        // model.add(Dense(10, activation='softmax'))
        model.add(new Dense(CLASSES).activation("softmax"));
        // model.compile(optimizer='rmsprop', loss='categorical_crossentropy', metrics=['accuracy'])
        model.compile("rmsprop", "categorical_crossentropy", List.of("accuracy"));
        return model;
    }

    /** Returns the 10,000 generated training samples, the same on every call. */
    public static Dataset trainingData() {
        return Dataset.generate(10000, new Random(1));
    }

    /** Returns the 2,000 generated held-out samples, the same on every call. */
    public static Dataset testData() {
        return Dataset.generate(2000, new Random(2));
    }

    public static void main(String[] args) {
        int epochs = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : EPOCHS;
        String backend = args.length > 1 ? args[1] : null;

        Dataset train = trainingData();
        Dataset test = testData();

        Sequential model = model(SequentialOptions.defaults().backend(backend).seed(42));
        // model.fit(data, labels, epochs=10, batch_size=32)
        History history =
                model.fit(
                        train.x(),
                        train.y(),
                        FitOptions.defaults().epochs(epochs).batchSize(BATCH_SIZE));

        List<Double> scores = model.evaluate(test.x(), test.y());
        System.out.printf(
                "backend %s, %d epochs: train loss %.4f -> %.4f%n",
                model.backendName(),
                epochs,
                history.history().get("loss").get(0),
                history.history().get("loss").get(epochs - 1));
        System.out.printf("test loss: %.4f, test accuracy: %.4f%n", scores.get(0), scores.get(1));
    }

    /**
     * Inputs drawn uniformly from [0, 1) and one-hot labels given by a fixed random linear map of
     * the centred inputs, so the classes are balanced and the model has something real to learn.
     */
    public record Dataset(NDArray x, NDArray y) {

        private static final float[][] TEACHER = teacher();

        static Dataset generate(int samples, Random random) {
            float[][] x = new float[samples][FEATURES];
            float[][] y = new float[samples][CLASSES];
            for (int i = 0; i < samples; i++) {
                for (int j = 0; j < FEATURES; j++) {
                    x[i][j] = random.nextFloat();
                }
                y[i][argMaxScore(x[i])] = 1;
            }
            return new Dataset(NDArray.of(x), NDArray.of(y));
        }

        private static int argMaxScore(float[] features) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < CLASSES; c++) {
                double score = 0;
                for (int j = 0; j < FEATURES; j++) {
                    score += (features[j] - 0.5) * TEACHER[c][j];
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            return best;
        }

        private static float[][] teacher() {
            Random random = new Random(0);
            float[][] weights = new float[CLASSES][FEATURES];
            for (float[] row : weights) {
                for (int j = 0; j < FEATURES; j++) {
                    row[j] = (float) random.nextGaussian();
                }
            }
            return weights;
        }
    }
}
