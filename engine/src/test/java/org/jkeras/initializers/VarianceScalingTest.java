package org.jkeras.initializers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeras.random.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keras 2.2.4's VarianceScaling and the named initializers built on it. */
class VarianceScalingTest {

    /** Keras's divisor: the standard deviation of a unit normal truncated to [-2, 2]. */
    private static final double TRUNCATED = 0.87962566103423978;

    private static float[] draw(Initializer initializer, int... shape) {
        return initializer.generate(shape, new SeededRandom(11)).toFloatArray();
    }

    private static double stddev(float[] values) {
        double mean = 0;
        for (float v : values) {
            mean += v;
        }
        mean /= values.length;
        double sum = 0;
        for (float v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    private static double maxAbs(float[] values) {
        double max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    @ParameterizedTest
    @CsvSource({
        "lecun_uniform, 1, 200",
        "glorot_uniform, 1, 250",
        "he_uniform, 2, 200",
    })
    void namedUniformInitializersDrawUpToTheirKerasLimit(String name, double scale, double fan) {
        float[] values = draw(Initializers.get(name), 200, 300);
        double limit = Math.sqrt(3 * scale / fan);
        assertTrue(maxAbs(values) <= limit, "max " + maxAbs(values));
        assertEquals(limit, maxAbs(values), limit * 0.01);
    }

    @ParameterizedTest
    @CsvSource({
        "lecun_normal, 1, 200",
        "glorot_normal, 1, 250",
        "he_normal, 2, 200",
    })
    void namedNormalInitializersAreTruncatedAtTwoOfKerasDeviations(
            String name, double scale, double fan) {
        float[] values = draw(Initializers.get(name), 200, 300);
        double keras = Math.sqrt(scale / fan) / TRUNCATED;
        assertTrue(maxAbs(values) <= 2 * keras * (1 + 1e-6), "max " + maxAbs(values));
        // Truncating a normal of deviation sigma at 2 sigma leaves a deviation of 0.8796 sigma.
        assertEquals(keras * TRUNCATED, stddev(values), keras * 0.01);
    }

    @Test
    void fanOutModeDividesByTheOutputDimension() {
        float[] values = draw(Initializers.varianceScaling(3, "fan_out", "uniform"), 100, 400);
        double limit = Math.sqrt(3 * 3.0 / 400);
        assertEquals(limit, maxAbs(values), limit * 0.01);
    }

    @Test
    void fanAvgModeDividesByTheMeanOfBothFans() {
        float[] values = draw(Initializers.varianceScaling(1, "fan_avg", "uniform"), 100, 300);
        double limit = Math.sqrt(3 * 1.0 / 200);
        assertEquals(limit, maxAbs(values), limit * 0.01);
    }

    @Test
    void varianceScalingDefaultsToFanInNormal() {
        float[] values = draw(Initializers.get("variance_scaling"), 400, 100);
        assertEquals(Math.sqrt(1.0 / 400), stddev(values), 0.002);
    }

    @Test
    void convolutionKernelFanIncludesTheReceptiveField() {
        float[] values = draw(Initializers.get("he_uniform"), 3, 3, 16, 32);
        double limit = Math.sqrt(3 * 2.0 / (3 * 3 * 16));
        assertTrue(maxAbs(values) <= limit);
        assertEquals(limit, maxAbs(values), limit * 0.02);
    }

    @Test
    void fanBelowOneCountsAsOne() {
        float[] values = draw(Initializers.varianceScaling(1, "fan_in", "uniform"), 1, 5000);
        assertEquals(Math.sqrt(3.0), maxAbs(values), 0.01);
    }

    @Test
    void modeAndDistributionIgnoreCase() {
        float[] values = draw(Initializers.varianceScaling(1, "FAN_IN", "Uniform"), 100, 100);
        assertEquals(Math.sqrt(3.0 / 100), maxAbs(values), 0.01 * Math.sqrt(3.0 / 100));
    }

    @Test
    void nonPositiveScaleIsRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Initializers.varianceScaling(0, "fan_in", "normal"));
        assertEquals("scale must be a positive finite number. Received: 0.0", e.getMessage());
    }

    @Test
    void unknownModeIsRejectedWithTheValidChoices() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Initializers.varianceScaling(1, "fan_sum", "normal"));
        assertEquals(
                "mode must be one of fan_in, fan_out, fan_avg. Received: 'fan_sum'",
                e.getMessage());
    }

    @Test
    void unknownDistributionIsRejectedWithTheValidChoices() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Initializers.varianceScaling(1, "fan_in", "gamma"));
        assertEquals(
                "distribution must be one of normal, uniform. Received: 'gamma'", e.getMessage());
    }
}
