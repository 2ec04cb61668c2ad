package org.jkeras.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jkeras.Batch;
import org.jkeras.FitGeneratorOptions;
import org.jkeras.Sequence;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;

/**
 * How much of a slow generator's latency {@code fitGenerator}'s worker threads hide behind
 * training: a Sequence that sleeps in every {@code get} (2 ms by default, standing in for reading
 * and decoding a batch) feeds an MLP, first on the calling thread ({@code workers} 0), then with
 * two workers. A run without the sleep gives the training time alone. After a warm-up of the JIT,
 * each setting is timed over several epochs in each of three rounds, and the best round counts, on
 * the {@code cpu-java} backend.
 *
 * <p>Arguments (all optional): {@code epochs} (default 5) and {@code sleepMillis} (default 2).
 */
public final class GeneratorBenchmark {

    private static final int SAMPLES = 4096;
    private static final int FEATURES = 256;
    private static final int CLASSES = 10;
    private static final int BATCH_SIZE = 64;
    private static final int WARM_UP_EPOCHS = 10;
    private static final int ROUNDS = 3;

    private GeneratorBenchmark() {}

    /** A Sequence over fixed arrays that sleeps before returning each batch. */
    private static final class SlowSequence implements Sequence {
        private final NDArray x;
        private final NDArray y;
        private final long sleepMillis;

        SlowSequence(NDArray x, NDArray y, long sleepMillis) {
            this.x = x;
            this.y = y;
            this.sleepMillis = sleepMillis;
        }

        @Override
        public int size() {
            return (x.length() + BATCH_SIZE - 1) / BATCH_SIZE;
        }

        @Override
        public Batch get(int index) {
            if (sleepMillis > 0) {
                try {
                    Thread.sleep(sleepMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while preparing a batch", e);
                }
            }
            int from = index * BATCH_SIZE;
            int to = Math.min(x.length(), from + BATCH_SIZE);
            return Batch.of(x.rows(from, to), y.rows(from, to));
        }
    }

    /** Runs the three settings and prints their time per step and the latency hidden. */
    public static void main(String[] args) {
        int epochs = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 5;
        long sleep = args.length > 1 ? Long.parseLong(args[1]) : 2;
        Random random = new Random(7);
        NDArray x = gaussian(random, SAMPLES, FEATURES);
        NDArray y = oneHot(random, SAMPLES);
        int steps = new SlowSequence(x, y, 0).size();

        SlowSequence fast = new SlowSequence(x, y, 0);
        SlowSequence slow = new SlowSequence(x, y, sleep);
        millisPerStep(fast, 0, WARM_UP_EPOCHS, steps);
        double compute = Double.POSITIVE_INFINITY;
        double serial = Double.POSITIVE_INFINITY;
        double overlapped = Double.POSITIVE_INFINITY;
        for (int round = 0; round < ROUNDS; round++) {
            compute = Math.min(compute, millisPerStep(fast, 0, epochs, steps));
            serial = Math.min(serial, millisPerStep(slow, 0, epochs, steps));
            overlapped = Math.min(overlapped, millisPerStep(slow, 2, epochs, steps));
        }

        System.out.printf(
                Locale.ROOT,
                "fitGenerator, %d samples in batches of %d (%d steps), Dense(512, relu) ->"
                        + " Dense(10, softmax), sgd, cpu-java; best of %d runs of %d epochs%n",
                SAMPLES,
                BATCH_SIZE,
                steps,
                ROUNDS,
                epochs);
        System.out.printf(
                Locale.ROOT, "training alone,        workers=0: %7.2f ms/step%n", compute);
        System.out.printf(
                Locale.ROOT, "%d ms sleep per batch, workers=0: %7.2f ms/step%n", sleep, serial);
        System.out.printf(
                Locale.ROOT,
                "%d ms sleep per batch, workers=2: %7.2f ms/step%n",
                sleep,
                overlapped);
        System.out.printf(
                Locale.ROOT,
                "latency hidden by workers=2: %.0f%% of the %.2f ms the sleep adds at workers=0%n",
                100 * (serial - overlapped) / (serial - compute),
                serial - compute);
    }

    private static double millisPerStep(Sequence sequence, int workers, int epochs, int steps) {
        Sequential model =
                Sequential.create(SequentialOptions.defaults().backend("cpu-java").seed(1));
        model.add(new Dense(512).inputShape(FEATURES).activation("relu"));
        model.add(new Dense(CLASSES).activation("softmax"));
        model.compile("sgd", "categorical_crossentropy", List.of("accuracy"));
        FitGeneratorOptions options = FitGeneratorOptions.defaults().verbose(0).workers(workers);
        long start = System.nanoTime();
        model.fitGenerator(sequence, options.epochs(epochs));
        return (System.nanoTime() - start) / 1e6 / (epochs * steps);
    }

    private static NDArray gaussian(Random random, int rows, int columns) {
        float[] values = new float[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return NDArray.of(values, rows, columns);
    }

    private static NDArray oneHot(Random random, int rows) {
        float[] values = new float[rows * CLASSES];
        for (int row = 0; row < rows; row++) {
            values[row * CLASSES + random.nextInt(CLASSES)] = 1;
        }
        return NDArray.of(values, rows, CLASSES);
    }
}
