package org.jkeras.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

class SeededRandomTest {

    @Test
    void sameSeedGivesSameSequence() {
        SeededRandom a = new SeededRandom(7);
        SeededRandom b = new SeededRandom(7);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.nextLong(), b.nextLong());
        }
    }

    @Test
    void differentSeedsGiveDifferentSequences() {
        assertNotEquals(new SeededRandom(1).nextLong(), new SeededRandom(2).nextLong());
    }

    @Test
    void firstDrawOfSeedZeroIsTheSplitMix64ReferenceValue() {
        // The published SplitMix64 output for seed 0.
        assertEquals(0xE220A8397B1DCDAFL, new SeededRandom(0).nextLong());
    }

    @Test
    void nextFloatStaysInUnitIntervalWithMeanOneHalf() {
        SeededRandom random = new SeededRandom(3);
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            float f = random.nextFloat();
            assertTrue(f >= 0 && f < 1, "draw " + f);
            sum += f;
        }
        assertEquals(0.5, sum / n, 0.01);
    }

    @Test
    void nextGaussianHasZeroMeanAndUnitVariance() {
        SeededRandom random = new SeededRandom(11);
        int n = 100_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double z = random.nextGaussian();
            sum += z;
            sumSquares += z * z;
        }
        double mean = sum / n;
        assertEquals(0, mean, 0.02);
        assertEquals(1, sumSquares / n - mean * mean, 0.02);
    }

    @Test
    void permutationHoldsEveryIndexOnce() {
        int[] order = new SeededRandom(5).permutation(50);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 50; i++) {
            assertEquals(i, sorted[i]);
        }
        assertNotEquals(Arrays.toString(sorted), Arrays.toString(order));
    }

    @Test
    void permutationOfZeroIsEmpty() {
        assertArrayEquals(new int[0], new SeededRandom(5).permutation(0));
    }

    @Test
    void permutationRejectsNegativeLength() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> new SeededRandom(5).permutation(-1));
        assertEquals("n must be >= 0. Received: -1", e.getMessage());
    }

    @Test
    void nextIntCoversEveryValueBelowTheBound() {
        SeededRandom random = new SeededRandom(9);
        int[] counts = new int[3];
        for (int i = 0; i < 3000; i++) {
            counts[random.nextInt(3)]++;
        }
        for (int count : counts) {
            assertEquals(1000, count, 100);
        }
    }

    @Test
    void uniformFillsShapeWithinBounds() {
        NDArray draws = new SeededRandom(4).uniform(new int[] {20, 30}, -2, 3);
        assertArrayEquals(new int[] {20, 30}, draws.shape());
        assertEquals(DType.FLOAT32, draws.dtype());
        for (float value : draws.toFloatArray()) {
            assertTrue(value >= -2 && value < 3, "draw " + value);
        }
    }

    @Test
    void normalMatchesRequestedMeanAndDeviation() {
        float[] values = new SeededRandom(8).normal(new int[] {50_000}, 3, 0.5).toFloatArray();
        double mean = 0;
        for (float v : values) {
            mean += v;
        }
        mean /= values.length;
        double variance = 0;
        for (float v : values) {
            variance += (v - mean) * (v - mean);
        }
        variance /= values.length;
        assertEquals(3, mean, 0.01);
        assertEquals(0.5, Math.sqrt(variance), 0.01);
    }

    @Test
    void truncatedNormalStaysWithinTwoDeviations() {
        float[] values =
                new SeededRandom(8).truncatedNormal(new int[] {10_000}, 1, 0.5).toFloatArray();
        for (float v : values) {
            assertTrue(Math.abs(v - 1) <= 1.0 + 1e-6, "draw " + v);
        }
    }

    @Test
    void uniformRejectsReversedBounds() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new SeededRandom(1).uniform(new int[] {2}, 1, 0));
        assertEquals("low must not exceed high. Received: low=1.0, high=0.0", e.getMessage());
    }
}
