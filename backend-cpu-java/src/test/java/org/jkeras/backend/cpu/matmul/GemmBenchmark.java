package org.jkeras.backend.cpu.matmul;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Prints the float32 matmul's speed in GFLOP/s, the median of timed runs of about 50 ms each after
 * a warm-up, for each kernel on 1 and 2 threads. Not a test: run it by hand, with the vector module
 * enabled, as in {@code ./mvnw -B -q -pl backend-cpu-java -Pbench test-compile exec:exec} after an
 * install of the other modules; see the module's README.
 *
 * <p>The last column, the process's CPU time over wall time, shows whether the threads had the
 * cores to themselves: near the thread count on a quiet machine.
 *
 * <p>Arguments, all optional: the number of timed runs per case (default 9) and the warm-up time
 * per case in milliseconds (default 1500).
 */
public final class GemmBenchmark {

    private static final int[][] SHAPES = {{1024, 1024, 1024}, {128, 784, 512}};

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private GemmBenchmark() {}

    /**
     * Runs the benchmark and prints one table row per kernel, shape and thread count.
     *
     * @param args optional run count and warm-up milliseconds
     */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        long warmUpMillis = args.length > 1 ? Long.parseLong(args[1]) : 1500;
        if (runs < 5) {
            throw new IllegalArgumentException("runs must be >= 5. Received: " + runs);
        }
        List<Gemm.Kernel> kernels = new ArrayList<>();
        if (Gemm.vectorAvailable()) {
            kernels.add(Gemm.Kernel.VECTOR);
        } else {
            System.out.println(
                    "vector kernel unavailable: run with --add-modules " + "jdk.incubator.vector");
        }
        kernels.add(Gemm.Kernel.SCALAR);
        System.out.printf(
                Locale.ROOT,
                "%-7s %-16s %7s %9s %9s %9s%n",
                "kernel",
                "m x n x k",
                "threads",
                "median",
                "best",
                "worst");
        for (Gemm.Kernel kernel : kernels) {
            for (int[] shape : SHAPES) {
                for (int threads = 1; threads <= 2; threads++) {
                    double[] gflops = new double[runs];
                    double cpuUse = measure(kernel, shape, threads, warmUpMillis, gflops);
                    Arrays.sort(gflops);
                    System.out.printf(
                            Locale.ROOT,
                            "%-7s %-16s %7d %9.1f %9.1f %9.1f %8.2f%n",
                            kernel.name().toLowerCase(Locale.ROOT),
                            shape[0] + "x" + shape[1] + "x" + shape[2],
                            threads,
                            gflops[gflops.length / 2],
                            gflops[gflops.length - 1],
                            gflops[0],
                            cpuUse);
                }
            }
        }
    }

    /**
     * Fills {@code gflops} with one figure per timed run and returns the process's CPU time over
     * the wall time of those runs: near the thread count on a quiet machine, lower when other
     * processes took the cores.
     */
    private static double measure(
            Gemm.Kernel kernel, int[] shape, int threads, long warmUpMillis, double[] gflops) {
        int m = shape[0];
        int n = shape[1];
        int k = shape[2];
        SplittableRandom random = new SplittableRandom(42);
        float[] a = ReferenceProduct.randomArray(random, m * k);
        float[] b = ReferenceProduct.randomArray(random, k * n);
        float[] c = new float[m * n];
        long warmUpStart = System.nanoTime();
        int calls = 0;
        do {
            Gemm.multiply(a, b, c, m, n, k, false, false, kernel, threads);
            calls++;
        } while (System.nanoTime() - warmUpStart < warmUpMillis * 1_000_000L);
        // Each timed run repeats the product for about 50 ms, long enough for a steady clock
        // reading and for the CPU-time counter's coarse ticks.
        long nanosPerCall = (System.nanoTime() - warmUpStart) / calls;
        int repeats = (int) Math.max(1, 50_000_000L / Math.max(1, nanosPerCall));
        double flops = 2.0 * m * n * k * repeats;
        long cpuStart = OS.getProcessCpuTime();
        long wallStart = System.nanoTime();
        for (int run = 0; run < gflops.length; run++) {
            long start = System.nanoTime();
            for (int repeat = 0; repeat < repeats; repeat++) {
                Gemm.multiply(a, b, c, m, n, k, false, false, kernel, threads);
            }
            gflops[run] = flops / (System.nanoTime() - start);
        }
        return (OS.getProcessCpuTime() - cpuStart) / (double) (System.nanoTime() - wallStart);
    }
}
