package org.jkeras.benchmarks.nd4j;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Backends;
import org.jkeras.spi.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * backend-cpu-java's float32 matmul side by side with OpenBLAS's sgemm (through ND4J, into a
 * preallocated output) in one process, at the two sizes the foundation issue names. Each figure
 * is the median GFLOP/s of timed runs of about 50 ms after a warm-up of 1.5 s; the last column is
 * cpu-java's figure over OpenBLAS's.
 *
 * <p>cpu-java runs through the SPI's {@code matmul}, so its figure includes allocating the result,
 * which OpenBLAS's does not. Start the JVM with {@code --add-modules jdk.incubator.vector}, or
 * cpu-java runs its scalar kernel, and set {@code OMP_NUM_THREADS} to the threads cpu-java uses
 * (the number of cores) and {@code OMP_WAIT_POLICY=PASSIVE} before it starts.
 */
public final class MatmulVsOpenBlas {

    private static final int[][] SHAPES = {{1024, 1024, 1024}, {128, 784, 512}};
    private static final int RUNS = 9;
    private static final long WARM_UP_NANOS = 1_500_000_000L;
    private static final long RUN_NANOS = 50_000_000L;

    private MatmulVsOpenBlas() {}

    /**
     * Prints one row per shape.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.out.printf(
                Locale.ROOT,
                "%-16s %14s %14s %9s%n",
                "m x n x k",
                "cpu-java",
                "openblas",
                "ratio");
        try (Backend cpu = Backends.create("cpu-java")) {
            System.out.println("cpu-java device: " + Backends.select("cpu-java").device());
            for (int[] shape : SHAPES) {
                int m = shape[0];
                int n = shape[1];
                int k = shape[2];
                SplittableRandom random = new SplittableRandom(42);
                float[] a = uniform(random, m * k);
                float[] b = uniform(random, k * n);
                double flops = 2.0 * m * n * k;
                double ours = cpuJava(cpu, a, b, m, n, k, flops);
                double peer = openBlas(a, b, m, n, k, flops);
                System.out.printf(
                        Locale.ROOT,
                        "%-16s %9.1f GF/s %9.1f GF/s %9.2f%n",
                        m + "x" + n + "x" + k,
                        ours,
                        peer,
                        ours / peer);
            }
        }
    }

    private static double cpuJava(
            Backend backend, float[] a, float[] b, int m, int n, int k, double flops) {
        try (Tensor ta = backend.fromHost(NDArray.of(a, m, k));
                Tensor tb = backend.fromHost(NDArray.of(b, k, n))) {
            return medianGflops(
                    () -> {
                        backend.matmul(ta, tb, false, false).close();
                        return null;
                    },
                    flops);
        }
    }

    private static double openBlas(float[] a, float[] b, int m, int n, int k, double flops) {
        INDArray na = Nd4j.create(a, new long[] {m, k}, DataType.FLOAT);
        INDArray nb = Nd4j.create(b, new long[] {k, n}, DataType.FLOAT);
        INDArray nc = Nd4j.create(DataType.FLOAT, m, n);
        return medianGflops(
                () -> {
                    Nd4j.gemm(na, nb, nc, false, false, 1.0, 0.0);
                    return null;
                },
                flops);
    }

    private static double medianGflops(Supplier<Void> product, double flops) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            product.get();
        }
        double[] gflops = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            int calls = 0;
            long runStart = System.nanoTime();
            long elapsed;
            do {
                product.get();
                calls++;
                elapsed = System.nanoTime() - runStart;
            } while (elapsed < RUN_NANOS);
            gflops[run] = flops * calls / elapsed;
        }
        Arrays.sort(gflops);
        return gflops[RUNS / 2];
    }

    private static float[] uniform(SplittableRandom random, int size) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextDouble(-1, 1);
        }
        return values;
    }
}
