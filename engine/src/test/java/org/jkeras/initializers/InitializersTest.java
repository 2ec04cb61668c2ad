package org.jkeras.initializers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    @Test
    void everyKerasInitializerNameIsKnown() {
        for (String name :
                List.of(
                        "zeros",
                        "ones",
                        "constant",
                        "random_normal",
                        "random_uniform",
                        "truncated_normal",
                        "variance_scaling",
                        "orthogonal",
                        "identity",
                        "lecun_uniform",
                        "lecun_normal",
                        "glorot_uniform",
                        "glorot_normal",
                        "he_uniform",
                        "he_normal")) {
            NDArray weights =
                    Initializers.get(name).generate(new int[] {2, 2}, new SeededRandom(1));
            assertArrayEquals(new int[] {2, 2}, weights.shape(), name);
        }
    }

    @Test
    void truncatedNormalStaysWithinTwoDeviationsOfTheMean() {
        float[] values =
                Initializers.truncatedNormal(1, 0.5)
                        .generate(new int[] {20_000}, new SeededRandom(6))
                        .toFloatArray();
        for (float v : values) {
            assertTrue(v >= 0 && v <= 2, "value " + v);
        }
        double[] stats = meanAndStddev(values);
        assertEquals(1, stats[0], 0.01);
        assertEquals(0.5 * 0.87962566103423978, stats[1], 0.01);
    }

    @Test
    void randomUniformTakesItsBounds() {
        float[] values =
                Initializers.randomUniform(2, 3)
                        .generate(new int[] {10_000}, new SeededRandom(7))
                        .toFloatArray();
        double[] stats = meanAndStddev(values);
        assertEquals(2.5, stats[0], 0.01);
        assertEquals(1 / Math.sqrt(12), stats[1], 0.01);
    }

    @Test
    void randomNormalTakesItsMean() {
        float[] values =
                Initializers.randomNormal(-1, 2)
                        .generate(new int[] {50_000}, new SeededRandom(8))
                        .toFloatArray();
        double[] stats = meanAndStddev(values);
        assertEquals(-1, stats[0], 0.03);
        assertEquals(2, stats[1], 0.03);
    }

    @Test
    void randomUniformRejectsReversedBounds() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> Initializers.randomUniform(1, 0));
        assertEquals(
                "minval must not exceed maxval. Received: minval=1.0, maxval=0.0", e.getMessage());
    }

    @Test
    void negativeStddevIsRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> Initializers.randomNormal(0, -1));
        assertEquals("stddev must be a finite number >= 0. Received: -1.0", e.getMessage());
    }
}
