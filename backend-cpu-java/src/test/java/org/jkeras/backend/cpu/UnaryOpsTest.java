package org.jkeras.backend.cpu;

import static org.jkeras.backend.cpu.Fixtures.floats;
import static org.jkeras.backend.cpu.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleUnaryOperator;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnaryOpsTest {

    private static final float[] SAMPLES = {
        -2.5f,
        -1f,
        -0.5f,
        -0f,
        0f,
        1e-7f,
        0.5f,
        1.5f,
        2.5f,
        3f,
        Float.NaN,
        Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY
    };

    private final CpuBackend backend = new CpuBackend();

    @ParameterizedTest
    @EnumSource(UnaryOp.class)
    void everyOpMatchesItsMathFunctionRoundedToFloat(UnaryOp op) {
        Tensor x = floats(backend, SAMPLES, SAMPLES.length);

        float[] actual = values(backend, backend.unary(op, x));

        DoubleUnaryOperator reference = reference(op);
        float[] expected = new float[SAMPLES.length];
        for (int i = 0; i < SAMPLES.length; i++) {
            expected[i] = (float) reference.applyAsDouble(SAMPLES[i]);
        }
        assertArrayEquals(expected, actual, op.name());
    }

    private static DoubleUnaryOperator reference(UnaryOp op) {
        return switch (op) {
            case NEG -> v -> -v;
            case ABS -> Math::abs;
            case SIGN -> Math::signum;
            case SQUARE -> v -> v * v;
            case SQRT -> Math::sqrt;
            case EXP -> Math::exp;
            case EXPM1 -> Math::expm1;
            case LOG -> Math::log;
            case LOG1P -> Math::log1p;
            case TANH -> Math::tanh;
            case SIGMOID -> v -> 1 / (1 + Math.exp(-v));
            case RELU -> v -> Double.isNaN(v) ? v : Math.max(v, 0);
            case RECIPROCAL -> v -> 1 / v;
            case FLOOR -> Math::floor;
            case CEIL -> Math::ceil;
            case ROUND -> Math::rint;
        };
    }

    @Test
    void roundBreaksTiesToEven() {
        Tensor x = floats(backend, new float[] {0.5f, 1.5f, 2.5f, -0.5f, -1.5f}, 5);

        assertArrayEquals(
                new float[] {0, 2, 2, -0f, -2}, values(backend, backend.unary(UnaryOp.ROUND, x)));
    }

    @Test
    void reluKeepsNaNAndZeroesNegatives() {
        Tensor x = floats(backend, new float[] {-3, Float.NaN, 4}, 3);

        assertArrayEquals(
                new float[] {0, Float.NaN, 4}, values(backend, backend.unary(UnaryOp.RELU, x)));
    }

    @Test
    void unaryKeepsTheShape() {
        Tensor x = floats(backend, new float[6], 1, 2, 3);

        assertArrayEquals(new int[] {1, 2, 3}, backend.unary(UnaryOp.EXP, x).shape());
    }

    @Test
    void largeInputSplitAcrossThreadsMatchesTheSequentialResult() {
        float[] data = Fixtures.random(300_000, 7);
        Tensor x = floats(backend, data, data.length);

        float[] result = values(backend, backend.unary(UnaryOp.TANH, x));

        for (int i = 0; i < data.length; i += 997) {
            assertEquals((float) Math.tanh(data[i]), result[i]);
        }
        assertEquals((float) Math.tanh(data[data.length - 1]), result[data.length - 1]);
    }

    @Test
    void unaryRejectsInt32() {
        Tensor x = Fixtures.ints(backend, new int[] {1}, 1);

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> backend.unary(UnaryOp.NEG, x));

        assertEquals("unary: x must be FLOAT32. Received: INT32", error.getMessage());
    }
}
