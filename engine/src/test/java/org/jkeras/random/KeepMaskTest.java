package org.jkeras.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The dropout mask drawn in one pass must equal the one built from {@code uniform} draws. */
class KeepMaskTest {

    private static final long ALL_DRAWS = 1L << 53;

    /** The mask as Dropout built it before: uniform draws compared with the rate. */
    private static float[] maskFromUniform(SeededRandom random, int size, double rate, float kept) {
        float[] draws = random.uniform(new int[] {size}, 0, 1).toFloatArray();
        float[] mask = new float[size];
        for (int i = 0; i < size; i++) {
            mask[i] = draws[i] >= rate ? kept : 0f;
        }
        return mask;
    }

    @Test
    void maskEqualsUniformDrawsComparedWithTheRate() {
        for (double rate : new double[] {0.2, 0.5, 0.1, 0.9, 1e-9, 0.999999}) {
            float kept = (float) (1 / (1 - rate));
            float[] expected = maskFromUniform(new SeededRandom(42), 10_000, rate, kept);
            float[] actual = new SeededRandom(42).keepMask(10_000, rate, kept);
            assertArrayEquals(expected, actual, "rate " + rate);
        }
    }

    @Test
    void maskLeavesTheGeneratorWhereUniformDrawsLeaveIt() {
        SeededRandom viaUniform = new SeededRandom(8);
        SeededRandom viaMask = new SeededRandom(8);
        maskFromUniform(viaUniform, 777, 0.3, 2f);
        viaMask.keepMask(777, 0.3, 2f);
        assertEquals(viaUniform.nextLong(), viaMask.nextLong());
    }

    @Test
    void maskKeepsAboutOneMinusRateOfTheUnits() {
        float[] mask = new SeededRandom(5).keepMask(100_000, 0.2, 1.25f);
        int kept = 0;
        for (float value : mask) {
            kept += value == 1.25f ? 1 : 0;
        }
        assertEquals(0.8, kept / 100_000.0, 0.01);
    }

    @Test
    void thresholdIsTheFirstDrawAtOrAboveTheRate() {
        double[] rates = {
            0.2, 0.5, 0.75, 1e-12, (float) 0.2, Math.nextUp((double) (float) 0.2), 0.3333333
        };
        for (double rate : rates) {
            long threshold = KeepThreshold.of(rate);
            assertTrue(threshold > 0 && threshold < ALL_DRAWS, "rate " + rate);
            assertTrue(KeepThreshold.draw(threshold) >= rate, "rate " + rate);
            assertTrue(KeepThreshold.draw(threshold - 1) < rate, "rate " + rate);
        }
    }

    @Test
    void rateZeroKeepsEveryDraw() {
        assertEquals(0L, KeepThreshold.of(0));
    }

    @Test
    void rateAboveTheLargestDrawKeepsNothing() {
        double aboveLargest = Math.nextUp((double) Math.nextDown(1f));
        assertEquals(ALL_DRAWS, KeepThreshold.of(aboveLargest));
        float[] mask = new SeededRandom(1).keepMask(1000, aboveLargest, 3f);
        assertArrayEquals(new float[1000], mask);
    }

    @Test
    void drawsRoundingUpToOneAreKeptBelowOne() {
        assertEquals(Math.nextDown(1f), KeepThreshold.draw(ALL_DRAWS - 1), 0.0);
    }

    @Test
    void negativeSizeIsRejectedNamingTheArgument() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new SeededRandom(1).keepMask(-3, 0.5, 2f));
        assertEquals("size must be >= 0. Received: -3", e.getMessage());
    }

    @Test
    void nanRateIsRejectedNamingTheArgument() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new SeededRandom(1).keepMask(4, Double.NaN, 2f));
        assertEquals("rate must be a number. Received: NaN", e.getMessage());
    }
}
