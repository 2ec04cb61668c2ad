package org.jkeras.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jkeras.Callback;
import org.jkeras.CompileOptions;
import org.jkeras.FitOptions;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.datasets.Mnist;
import org.jkeras.layers.Dense;
import org.jkeras.layers.Dropout;
import org.jkeras.ndarray.NDArray;
import org.jkeras.optimizers.RMSprop;
import org.jkeras.utils.NpUtils;

/**
 * The figures of backend-djl-tf, all from one JVM: the first-use cost of loading TensorFlow
 * (extracting its natives when the cache is empty), seconds per epoch of Keras's mnist_mlp on
 * djl-tf next to cpu-java, and the process's resident memory over 10,000 train_on_batch steps.
 *
 * <p>Run with the {@code djl-tf} profile, which puts the backend on the class path and pins the
 * heap so that resident memory shows native growth alone:
 *
 * <pre>
 * ./mvnw -B -o -q -pl benchmarks -Pdjl-tf compile exec:exec [-Ddjl.bench.args="EPOCHS STEPS"]
 * </pre>
 *
 * <p>Arguments: epochs of mnist_mlp per backend (default 2), train_on_batch steps (default 10000).
 * MNIST is read from {@code ../shared/data/mnist} beside the repository root. With the system
 * property {@code ENGINE_CACHE_DIR} set to an empty folder, the first-use figure includes
 * extracting the natives.
 */
public final class DjlTfBenchmark {

    private static final int BATCH_SIZE = 128;
    private static final int CLASSES = 10;
    private static final long SEED = 42;

    private DjlTfBenchmark() {}

    public static void main(String[] args) throws IOException {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        firstUse();

        Mnist mnist = Mnist.load(mnistFolder());
        NDArray x = mnist.trainImages();
        NDArray y = NpUtils.toCategorical(mnist.trainLabels(), CLASSES);
        for (String backend : List.of("djl-tf", "cpu-java")) {
            List<Double> seconds = epochSeconds(backend, x, y, epochs);
            System.out.printf(
                    Locale.ROOT,
                    "mnist_mlp on %-8s: seconds per epoch %s (60,000 samples, batch %d)%n",
                    backend,
                    format(seconds),
                    BATCH_SIZE);
        }
        residentMemory(x, y, steps);
    }

    /** Times the first model on djl-tf, which loads TensorFlow (and extracts it if needed). */
    private static void firstUse() {
        long rssBefore = residentKib();
        long start = System.nanoTime();
        Sequential model = mlp("djl-tf");
        model.compile(CompileOptions.defaults().loss("mse").optimizer("sgd"));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "first use of djl-tf: %.2f s to load TensorFlow (cache folder %s), resident"
                        + " memory +%d MiB%n",
                seconds,
                System.getProperty("ENGINE_CACHE_DIR", "~/.djl.ai"),
                (residentKib() - rssBefore) / 1024);
    }

    private static List<Double> epochSeconds(String backend, NDArray x, NDArray y, int epochs) {
        Sequential model = mlp(backend);
        model.compile(
                CompileOptions.defaults()
                        .loss("categorical_crossentropy")
                        .optimizer(new RMSprop())
                        .metrics(List.of("accuracy")));
        List<Double> seconds = new ArrayList<>();
        Callback timer =
                new Callback() {
                    private long start;

                    @Override
                    public void onEpochBegin(int epoch, Map<String, Double> logs) {
                        start = System.nanoTime();
                    }

                    @Override
                    public void onEpochEnd(int epoch, Map<String, Double> logs) {
                        seconds.add((System.nanoTime() - start) / 1e9);
                    }
                };
        model.fit(
                x,
                y,
                FitOptions.defaults()
                        .batchSize(BATCH_SIZE)
                        .epochs(epochs)
                        .verbose(0)
                        .callbacks(List.of(timer)));
        return seconds;
    }

    /** Trains batch after batch on djl-tf and reports VmRSS along the way. */
    private static void residentMemory(NDArray x, NDArray y, int steps) {
        int batches = x.shape()[0] / BATCH_SIZE;
        float[] images = x.toFloatArray();
        float[] labels = y.toFloatArray();
        int width = x.shape()[1];
        List<NDArray> xs = new ArrayList<>();
        List<NDArray> ys = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            xs.add(rows(images, b, width));
            ys.add(rows(labels, b, CLASSES));
        }
        Sequential model = mlp("djl-tf");
        model.compile(
                CompileOptions.defaults()
                        .loss("categorical_crossentropy")
                        .optimizer(new RMSprop())
                        .metrics(List.of("accuracy")));
        long start = System.nanoTime();
        for (int step = 1; step <= steps; step++) {
            model.trainOnBatch(xs.get(step % batches), ys.get(step % batches));
            if (step == 1 || step % 1000 == 0) {
                System.out.printf(
                        Locale.ROOT,
                        "train_on_batch step %6d: VmRSS %d MiB (%.2f ms per step so far)%n",
                        step,
                        residentKib() / 1024,
                        (System.nanoTime() - start) / 1e6 / step);
            }
        }
    }

    /** Keras's mnist_mlp: 784-512-512-10 with dropout 0.2, on the named backend. */
    private static Sequential mlp(String backend) {
        Sequential model =
                Sequential.create(SequentialOptions.defaults().backend(backend).seed(SEED));
        model.add(new Dense(512).activation("relu").inputShape(784));
        model.add(new Dropout(0.2));
        model.add(new Dense(512).activation("relu"));
        model.add(new Dropout(0.2));
        model.add(new Dense(CLASSES).activation("softmax"));
        return model;
    }

    private static NDArray rows(float[] data, int batch, int width) {
        float[] out = new float[BATCH_SIZE * width];
        System.arraycopy(data, batch * BATCH_SIZE * width, out, 0, out.length);
        return NDArray.of(out, BATCH_SIZE, width);
    }

    /** Returns VmRSS from /proc/self/status, in KiB; -1 where there is no /proc. */
    private static long residentKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static Path mnistFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir.resolve(Path.of("..", "shared", "data", "mnist")).normalize();
            }
        }
        return Path.of("..", "shared", "data", "mnist");
    }

    private static String format(List<Double> seconds) {
        List<String> parts = new ArrayList<>();
        for (double s : seconds) {
            parts.add(String.format(Locale.ROOT, "%.2f", s));
        }
        return String.join(", ", parts);
    }
}
