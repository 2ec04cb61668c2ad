package org.jkeras.backend.cpu.matmul;

import java.lang.System.Logger.Level;
import java.util.Arrays;

/**
 * Single-precision matrix product {@code C = op(A) * op(B)} on row-major float arrays, the one
 * entry point of the pure-Java backend's matmul.
 *
 * <p>When the JVM runs with {@code --add-modules jdk.incubator.vector} and the CPU has 256-bit or
 * wider SIMD, the product runs on a packed, register-blocked kernel built on the incubating vector
 * API; otherwise it runs on a blocked scalar kernel that the JIT auto-vectorises. Large products
 * are split across a fixed pool of daemon threads, one per available processor; products under
 * {@code 64^3} multiply-adds stay on the calling thread in a simple loop.
 *
 * <p>Example, a 2x3 by 3x2 product:
 *
 * <pre>{@code
 * float[] c = new float[4];
 * Gemm.multiply(new float[] {1, 2, 3, 4, 5, 6}, new float[] {1, 0, 0, 1, 1, 1}, c, 2, 2, 3,
 *         false, false);
 * // c is {4, 5, 10, 11}
 * }</pre>
 */
public final class Gemm {

    /** Below this many multiply-adds, threads and packing cost more than they save. */
    static final long SMALL_PRODUCT = 64L * 64 * 64;

    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    private static final Kernel BEST = detectKernel();

    private Gemm() {}

    /** The kernels a product can run on; package-private so tests and the benchmark can pick. */
    enum Kernel {
        /** The packed kernel on jdk.incubator.vector. */
        VECTOR,
        /** The blocked scalar kernel, auto-vectorised by the JIT. */
        SCALAR,
        /** The plain loop used for small products. */
        SIMPLE
    }

    /**
     * Computes {@code C = op(A) * op(B)} in row-major order, where {@code op(A)} is {@code m x k}
     * and {@code op(B)} is {@code k x n}; the first {@code m * n} elements of {@code c} are
     * overwritten.
     *
     * @param a A as {@code m x k}, or A<sup>T</sup> as {@code k x m} when {@code transA} is set
     * @param b B as {@code k x n}, or B<sup>T</sup> as {@code n x k} when {@code transB} is set
     * @param c the output, at least {@code m * n} long; need not be zeroed
     * @param m rows of the product
     * @param n columns of the product
     * @param k the shared inner dimension
     * @param transA whether {@code a} holds A transposed
     * @param transB whether {@code b} holds B transposed
     * @throws IllegalArgumentException if a size is negative or an array is too short
     */
    public static void multiply(
            float[] a, float[] b, float[] c, int m, int n, int k, boolean transA, boolean transB) {
        checkArguments(a, b, c, m, n, k, 1);
        Problem problem = new Problem(a, b, c, m, n, k, transA, transB);
        if ((long) m * n * k < SMALL_PRODUCT) {
            compute(problem, Kernel.SIMPLE, 1);
        } else {
            compute(problem, BEST, GemmThreads.parallelism());
        }
    }

    /**
     * Names the kernel large products run on, for the backend's device string.
     *
     * @return {@code "vector"} when the vector API kernel is in use, else {@code "scalar"}
     */
    public static String kernel() {
        return BEST == Kernel.VECTOR ? "vector" : "scalar";
    }

    /** The kernel {@link #multiply} uses for large products on this JVM. */
    static Kernel bestKernel() {
        return BEST;
    }

    /** Whether the vector kernel can run on this JVM, so tests can skip it when it cannot. */
    static boolean vectorAvailable() {
        return BEST == Kernel.VECTOR;
    }

    /**
     * Computes the product on the given kernel with up to {@code threads} threads, whatever its
     * size; the hook through which tests and the benchmark pick a kernel.
     */
    static void multiply(
            float[] a,
            float[] b,
            float[] c,
            int m,
            int n,
            int k,
            boolean transA,
            boolean transB,
            Kernel kernel,
            int threads) {
        checkArguments(a, b, c, m, n, k, threads);
        if (kernel == Kernel.VECTOR && BEST != Kernel.VECTOR) {
            throw new IllegalStateException(
                    "the vector kernel needs --add-modules "
                            + VECTOR_MODULE
                            + " and 256-bit SIMD. Received a JVM without them");
        }
        compute(new Problem(a, b, c, m, n, k, transA, transB), kernel, threads);
    }

    private static void compute(Problem problem, Kernel kernel, int threads) {
        if (problem.m == 0 || problem.n == 0) {
            return;
        }
        if (problem.k == 0) {
            Arrays.fill(problem.c, 0, problem.m * problem.n, 0f);
            return;
        }
        switch (kernel) {
            case VECTOR:
                VectorGemm.run(problem, threads);
                break;
            case SCALAR:
                ScalarGemm.run(problem, threads);
                break;
            default:
                SimpleGemm.compute(problem);
                break;
        }
    }

    private static void checkArguments(
            float[] a, float[] b, float[] c, int m, int n, int k, int threads) {
        checkSize("m", m);
        checkSize("n", n);
        checkSize("k", k);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1. Received: " + threads);
        }
        checkLength("a", a, (long) m * k, "m * k");
        checkLength("b", b, (long) k * n, "k * n");
        checkLength("c", c, (long) m * n, "m * n");
    }

    private static void checkSize(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0. Received: " + value);
        }
    }

    private static void checkLength(String name, float[] array, long needed, String formula) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must be a float array. Received: null");
        }
        if (array.length < needed) {
            throw new IllegalArgumentException(
                    name
                            + " must hold at least "
                            + formula
                            + " = "
                            + needed
                            + " floats. Received: "
                            + array.length);
        }
    }

    private static Kernel detectKernel() {
        System.Logger logger = System.getLogger(Gemm.class.getName());
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            logger.log(
                    Level.INFO,
                    "jkeras matmul runs on the scalar kernel: add --add-modules "
                            + VECTOR_MODULE
                            + " to the java command for the fast matmul");
            return Kernel.SCALAR;
        }
        if (!VectorGemm.usable()) {
            logger.log(
                    Level.INFO,
                    "jkeras matmul runs on the scalar kernel: the vector kernel needs 256-bit"
                            + " SIMD, which this CPU lacks");
            return Kernel.SCALAR;
        }
        return Kernel.VECTOR;
    }
}
