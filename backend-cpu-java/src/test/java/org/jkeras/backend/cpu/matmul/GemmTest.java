package org.jkeras.backend.cpu.matmul;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class GemmTest {

    private static final int[] THREAD_COUNTS = {1, 2, 3};

    static Stream<Arguments> kernelsAndThreads() {
        return Stream.of(Gemm.Kernel.values())
                .flatMap(
                        kernel ->
                                Arrays.stream(THREAD_COUNTS)
                                        .mapToObj(threads -> Arguments.of(kernel, threads)));
    }

    /** Runs one product on a kernel with C prefilled with NaN, and checks it. */
    private static void checkProduct(
            Gemm.Kernel kernel,
            int threads,
            SplittableRandom random,
            int m,
            int n,
            int k,
            boolean transA,
            boolean transB) {
        float[] a = ReferenceProduct.randomArray(random, m * k);
        float[] b = ReferenceProduct.randomArray(random, k * n);
        float[] c = new float[m * n];
        Arrays.fill(c, Float.NaN);

        Gemm.multiply(a, b, c, m, n, k, transA, transB, kernel, threads);

        ReferenceProduct.assertMatches(a, b, c, m, n, k, transA, transB);
    }

    private static void assumeRunnable(Gemm.Kernel kernel) {
        assumeTrue(
                kernel != Gemm.Kernel.VECTOR || Gemm.vectorAvailable(),
                "the vector kernel needs --add-modules jdk.incubator.vector");
    }

    @ParameterizedTest(name = "{0} on {1} threads")
    @MethodSource("kernelsAndThreads")
    void matchesTheReferenceOnRandomShapesUpTo100(Gemm.Kernel kernel, int threads) {
        assumeRunnable(kernel);
        SplittableRandom random = new SplittableRandom(7 + threads);
        for (int trial = 0; trial < 60; trial++) {
            int m = random.nextInt(1, 101);
            int n = random.nextInt(1, 101);
            int k = random.nextInt(1, 101);
            checkProduct(
                    kernel, threads, random, m, n, k, random.nextBoolean(), random.nextBoolean());
        }
    }

    @ParameterizedTest(name = "{0} on {1} threads")
    @MethodSource("kernelsAndThreads")
    void matchesTheReferenceWhenASizeIsOne(Gemm.Kernel kernel, int threads) {
        assumeRunnable(kernel);
        SplittableRandom random = new SplittableRandom(11);
        int[][] shapes = {{1, 1, 1}, {1, 57, 33}, {45, 1, 33}, {45, 57, 1}, {1, 1, 300}};
        for (int[] shape : shapes) {
            for (int transposes = 0; transposes < 4; transposes++) {
                checkProduct(
                        kernel,
                        threads,
                        random,
                        shape[0],
                        shape[1],
                        shape[2],
                        (transposes & 1) != 0,
                        (transposes & 2) != 0);
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1} threads")
    @MethodSource("kernelsAndThreads")
    void matchesTheReferenceAcrossBlockEdgesInAllFourTransposes(Gemm.Kernel kernel, int threads) {
        assumeRunnable(kernel);
        SplittableRandom random = new SplittableRandom(13);
        // Past one block in every dimension for both kernels, and no multiple of any tile.
        int m = 205;
        int n = 1061;
        int k = 263;
        for (int transposes = 0; transposes < 4; transposes++) {
            checkProduct(
                    kernel, threads, random, m, n, k, (transposes & 1) != 0, (transposes & 2) != 0);
        }
    }

    @ParameterizedTest
    @EnumSource(Gemm.Kernel.class)
    void zeroInnerSizeGivesZeros(Gemm.Kernel kernel) {
        assumeRunnable(kernel);
        float[] c = {5f, 6f, 7f, 8f, 9f, 10f, 42f};

        Gemm.multiply(new float[0], new float[0], c, 2, 3, 0, false, false, kernel, 2);

        assertArrayEquals(new float[] {0f, 0f, 0f, 0f, 0f, 0f, 42f}, c);
    }

    @ParameterizedTest
    @EnumSource(Gemm.Kernel.class)
    void emptyOutputLeavesTheArrayUntouched(Gemm.Kernel kernel) {
        assumeRunnable(kernel);
        float[] c = {3f};

        Gemm.multiply(new float[0], new float[12], c, 0, 4, 3, false, false, kernel, 2);
        Gemm.multiply(new float[12], new float[0], c, 4, 0, 3, true, true, kernel, 2);

        assertArrayEquals(new float[] {3f}, c);
    }

    @ParameterizedTest
    @EnumSource(Gemm.Kernel.class)
    void leavesElementsPastTheProductUntouched(Gemm.Kernel kernel) {
        assumeRunnable(kernel);
        SplittableRandom random = new SplittableRandom(17);
        int m = 70;
        int n = 90;
        int k = 50;
        float[] c = new float[m * n + 5];
        Arrays.fill(c, -3f);

        Gemm.multiply(
                ReferenceProduct.randomArray(random, m * k),
                ReferenceProduct.randomArray(random, k * n),
                c,
                m,
                n,
                k,
                false,
                false,
                kernel,
                2);

        assertArrayEquals(
                new float[] {-3f, -3f, -3f, -3f, -3f}, Arrays.copyOfRange(c, m * n, c.length));
    }

    @Test
    void multipliesTheDocumentedExample() {
        float[] c = new float[4];

        Gemm.multiply(
                new float[] {1, 2, 3, 4, 5, 6},
                new float[] {1, 0, 0, 1, 1, 1},
                c,
                2,
                2,
                3,
                false,
                false);

        assertArrayEquals(new float[] {4, 5, 10, 11}, c);
    }

    @Test
    void publicEntryMatchesTheReferenceOnALargeProduct() {
        SplittableRandom random = new SplittableRandom(19);
        int m = 128;
        int n = 200;
        int k = 96;
        for (int transposes = 0; transposes < 4; transposes++) {
            boolean transA = (transposes & 1) != 0;
            boolean transB = (transposes & 2) != 0;
            float[] a = ReferenceProduct.randomArray(random, m * k);
            float[] b = ReferenceProduct.randomArray(random, k * n);
            float[] c = new float[m * n];

            Gemm.multiply(a, b, c, m, n, k, transA, transB);

            ReferenceProduct.assertMatches(a, b, c, m, n, k, transA, transB);
        }
    }

    @Test
    void publicEntryMatchesTheReferenceOnASmallProduct() {
        SplittableRandom random = new SplittableRandom(23);
        float[] a = ReferenceProduct.randomArray(random, 6 * 5);
        float[] b = ReferenceProduct.randomArray(random, 5 * 7);
        float[] c = new float[6 * 7];

        Gemm.multiply(a, b, c, 6, 7, 5, true, false);

        ReferenceProduct.assertMatches(a, b, c, 6, 7, 5, true, false);
    }

    @Test
    void kernelIsVectorWhenTheModuleIsPresentAndTheCpuHasWideSimd() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
        assumeTrue(VectorGemm.usable());

        assertEquals("vector", Gemm.kernel());
    }

    @Test
    void productStartedFromInsideAShareRunsToTheCorrectResult() {
        SplittableRandom random = new SplittableRandom(29);
        int m = 90;
        int n = 80;
        int k = 70;
        float[] a = ReferenceProduct.randomArray(random, m * k);
        float[] b = ReferenceProduct.randomArray(random, k * n);
        float[][] outputs = new float[2][m * n];

        GemmThreads.runShares(
                2,
                share ->
                        Gemm.multiply(
                                a, b, outputs[share], m, n, k, false, false, Gemm.bestKernel(), 2));

        ReferenceProduct.assertMatches(a, b, outputs[0], m, n, k, false, false);
        ReferenceProduct.assertMatches(a, b, outputs[1], m, n, k, false, false);
    }

    @Test
    void rejectsANegativeSize() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Gemm.multiply(
                                        new float[4],
                                        new float[4],
                                        new float[4],
                                        2,
                                        -2,
                                        2,
                                        false,
                                        false));

        assertEquals("n must be >= 0. Received: -2", error.getMessage());
    }

    @Test
    void rejectsAnInputShorterThanItsShape() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Gemm.multiply(
                                        new float[5],
                                        new float[6],
                                        new float[4],
                                        2,
                                        2,
                                        3,
                                        false,
                                        false));

        assertEquals("a must hold at least m * k = 6 floats. Received: 5", error.getMessage());
    }

    @Test
    void rejectsAnOutputShorterThanTheProduct() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Gemm.multiply(
                                        new float[6],
                                        new float[6],
                                        new float[3],
                                        2,
                                        2,
                                        3,
                                        false,
                                        false));

        assertEquals("c must hold at least m * n = 4 floats. Received: 3", error.getMessage());
    }

    @Test
    void rejectsANullArray() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Gemm.multiply(
                                        new float[6], null, new float[4], 2, 2, 3, false, false));

        assertEquals("b must be a float array. Received: null", error.getMessage());
    }
}
