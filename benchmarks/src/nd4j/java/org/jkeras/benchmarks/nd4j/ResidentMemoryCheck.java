package org.jkeras.benchmarks.nd4j;

import java.util.Locale;
import org.jkeras.Sequential;
import org.jkeras.ndarray.NDArray;

/**
 * Shows whether backend-nd4j's native memory grows: 10,000 {@code trainOnBatch} steps of the
 * mnist_mlp model on batches of 128, printing the resident set size ({@code VmRSS}) at steps 1,000,
 * 2,000, 5,000 and 10,000. A leak of even one small native array per step would add hundreds of MiB
 * between the first and the last reading.
 *
 * <p>Arguments (optional): the MNIST folder and the number of steps (default 10,000).
 */
public final class ResidentMemoryCheck {

    private static final int BATCH = 128;
    private static final double MIB = 1024.0 * 1024.0;

    private ResidentMemoryCheck() {}

    public static void main(String[] args) {
        String folder = args.length > 0 ? args[0] : null;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        MnistData data = MnistData.load(folder);
        int rows = data.images().shape()[0];
        int batches = rows / BATCH;
        NDArray[] x = new NDArray[batches];
        NDArray[] y = new NDArray[batches];
        for (int b = 0; b < batches; b++) {
            x[b] = data.images().rows(b * BATCH, (b + 1) * BATCH);
            y[b] = data.labels().rows(b * BATCH, (b + 1) * BATCH);
        }
        Sequential model = JkerasMnistMlp.build("nd4j", 1);
        long start = System.nanoTime();
        for (int step = 1; step <= steps; step++) {
            var metrics = model.trainOnBatch(x[step % batches], y[step % batches]);
            if (step == 1_000 || step == 2_000 || step == 5_000 || step == steps) {
                Runtime runtime = Runtime.getRuntime();
                System.out.printf(
                        Locale.ROOT,
                        "step %d: RSS %.1f MiB (JVM heap committed %.1f MiB, used %.1f MiB),"
                                + " loss %.4f, %.1f s%n",
                        step,
                        ResidentMemory.mebibytes(),
                        runtime.totalMemory() / MIB,
                        (runtime.totalMemory() - runtime.freeMemory()) / MIB,
                        metrics.get(0),
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }
}
