package org.jkeras.initializers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.junit.jupiter.api.Test;

class InitializersTest {

    private static double[] meanAndStddev(float[] values) {
        double mean = 0;
        for (float v : values) {
            mean += v;
        }
        mean /= values.length;
        double variance = 0;
        for (float v : values) {
            variance += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(variance / values.length)};
    }

    @Test
    void glorotUniformStaysWithinItsLimitAndFillsIt() {
        NDArray weights =
                Initializers.get("glorot_uniform")
                        .generate(new int[] {300, 200}, new SeededRandom(1));
        double limit = Math.sqrt(6.0 / (300 + 200));
        float max = 0;
        for (float v : weights.toFloatArray()) {
            assertTrue(Math.abs(v) <= limit, "weight " + v);
            max = Math.max(max, Math.abs(v));
        }
        assertEquals(limit, max, limit * 0.01);
    }

    @Test
    void glorotUniformHasTheVarianceOfItsUniformRange() {
        float[] values =
                Initializers.get("glorot_uniform")
                        .generate(new int[] {300, 200}, new SeededRandom(2))
                        .toFloatArray();
        double[] stats = meanAndStddev(values);
        double limit = Math.sqrt(6.0 / 500);
        assertEquals(0, stats[0], 0.002);
        assertEquals(limit / Math.sqrt(3), stats[1], 0.002);
    }

    @Test
    void glorotUniformIsReproducibleFromTheSeed() {
        Initializer glorot = Initializers.get("glorot_uniform");
        assertEquals(
                glorot.generate(new int[] {4, 5}, new SeededRandom(9)),
                glorot.generate(new int[] {4, 5}, new SeededRandom(9)));
    }

    @Test
    void fansOfAConvolutionKernelScaleByTheReceptiveField() {
        assertArrayEquals(
                new double[] {3 * 3 * 16, 3 * 3 * 32}, Initializers.fans(new int[] {3, 3, 16, 32}));
    }

    @Test
    void fansOfAVectorAreTheSquareRootOfItsSize() {
        assertArrayEquals(new double[] {4, 4}, Initializers.fans(new int[] {16}));
    }

    @Test
    void zerosFillsWithZero() {
        NDArray zeros = Initializers.get("zeros").generate(new int[] {2, 3}, new SeededRandom(1));
        assertArrayEquals(new float[6], zeros.toFloatArray());
        assertArrayEquals(new int[] {2, 3}, zeros.shape());
    }

    @Test
    void onesFillsWithOne() {
        NDArray ones = Initializers.get("ones").generate(new int[] {3}, new SeededRandom(1));
        assertArrayEquals(new float[] {1, 1, 1}, ones.toFloatArray());
    }

    @Test
    void constantFillsWithItsValue() {
        NDArray filled = Initializers.constant(2.5).generate(new int[] {2}, new SeededRandom(1));
        assertArrayEquals(new float[] {2.5f, 2.5f}, filled.toFloatArray());
    }

    @Test
    void randomUniformDefaultsToPlusMinusPointZeroFive() {
        float[] values =
                Initializers.get("random_uniform")
                        .generate(new int[] {10_000}, new SeededRandom(3))
                        .toFloatArray();
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(-0.05, min, 0.001);
        assertEquals(0.05, max, 0.001);
    }

    @Test
    void randomNormalDefaultsToStddevPointZeroFive() {
        float[] values =
                Initializers.get("random_normal")
                        .generate(new int[] {50_000}, new SeededRandom(4))
                        .toFloatArray();
        double[] stats = meanAndStddev(values);
        assertEquals(0, stats[0], 0.001);
        assertEquals(0.05, stats[1], 0.001);
    }

    @Test
    void heNormalKeepsTheScaledVarianceAfterTruncation() {
        float[] values =
                Initializers.get("he_normal")
                        .generate(new int[] {400, 100}, new SeededRandom(5))
                        .toFloatArray();
        assertEquals(Math.sqrt(2.0 / 400), meanAndStddev(values)[1], 0.002);
    }

    @Test
    void initializerReportsItsName() {
        assertEquals("glorot_uniform", Initializers.get("glorot_uniform").name());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Initializers.get("glorot"));
        assertTrue(
                e.getMessage().startsWith("initializer: unknown name 'glorot'; known: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("glorot_uniform"), e.getMessage());
    }
}
