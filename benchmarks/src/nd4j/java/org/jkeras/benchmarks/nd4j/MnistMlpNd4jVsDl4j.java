package org.jkeras.benchmarks.nd4j;

import java.util.Arrays;
import java.util.Locale;
import org.jkeras.Sequential;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seconds per epoch of Keras 2's mnist_mlp on jkeras with backend-nd4j and on Deeplearning4j's
 * MultiLayerNetwork, side by side in one process: same model, optimizer, batch size (128), the same
 * ND4J natives and the same OpenMP threads. Epochs alternate between the two; the first of each
 * warms the JIT and the allocators, and the figure compared is the mean of the later ones.
 *
 * <p>Arguments (optional): the MNIST folder (default {@code ../shared/data/mnist}) and the number
 * of epochs (default 3). Run it through {@code benchmarks/nd4j-vs-dl4j.sh}, which sets {@code
 * OMP_WAIT_POLICY=PASSIVE} before the JVM starts.
 */
public final class MnistMlpNd4jVsDl4j {

    private static final int BATCH = 128;
    private static final long SEED = 1;

    private MnistMlpNd4jVsDl4j() {}

    public static void main(String[] args) {
        String folder = args.length > 0 ? args[0] : null;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (epochs < 2) {
            throw new IllegalArgumentException(
                    "epochs must be 2 or more (the first warms up). Received: " + epochs);
        }
        MnistData data = MnistData.load(folder);
        System.out.printf(
                "mnist_mlp, batch %d, %d epochs, ND4J threads %d, OMP_WAIT_POLICY=%s%n",
                BATCH,
                epochs,
                Nd4j.getEnvironment().maxMasterThreads(),
                System.getenv("OMP_WAIT_POLICY"));

        // Epochs alternate between the two, so that a busy machine slows both alike.
        Sequential model = JkerasMnistMlp.build("nd4j", SEED);
        Dl4jMnistMlp network = new Dl4jMnistMlp(data, BATCH, SEED);
        double[] jkeras = new double[epochs];
        double[] jkerasCpu = new double[epochs];
        double[] dl4j = new double[epochs];
        double[] dl4jCpu = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            double[] r = JkerasMnistMlp.epoch(model, data, BATCH);
            jkeras[e] = r[0];
            jkerasCpu[e] = r[1];
            System.out.printf(
                    Locale.ROOT,
                    "jkeras/nd4j epoch %d: %.2f s (CPU %.2f s), loss %.4f, acc %.4f%n",
                    e + 1, r[0], r[1], r[2], r[3]);
            double[] d = network.epoch();
            dl4j[e] = d[0];
            dl4jCpu[e] = d[1];
            System.out.printf(
                    Locale.ROOT,
                    "dl4j        epoch %d: %.2f s (CPU %.2f s), last batch loss %.4f%n",
                    e + 1, d[0], d[1], d[2]);
        }
        System.out.printf(Locale.ROOT, "dl4j train accuracy: %.4f%n", network.accuracy());
        report("seconds per epoch", steady(jkeras), steady(dl4j), epochs);
        report("CPU seconds per epoch", steady(jkerasCpu), steady(dl4jCpu), epochs);
    }

    private static void report(String what, double ours, double theirs, int epochs) {
        System.out.printf(
                Locale.ROOT,
                "%s (mean of epochs 2..%d): jkeras/nd4j %.2f, dl4j %.2f, ratio jkeras/dl4j %.2f%n",
                what, epochs, ours, theirs, ours / theirs);
    }

    private static double steady(double[] seconds) {
        return Arrays.stream(seconds, 1, seconds.length).average().orElseThrow();
    }
}
