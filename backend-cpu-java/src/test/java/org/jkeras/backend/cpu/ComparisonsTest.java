package org.jkeras.backend.cpu;

import static org.jkeras.backend.cpu.Fixtures.floats;
import static org.jkeras.backend.cpu.Fixtures.ints;
import static org.jkeras.backend.cpu.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.jkeras.spi.CompareOp;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code compare} gives Java's comparison operators, NaN and signed zeros included, on each loop
 * the backend picks: a row against a scalar, two rows alike, broadcast strides, and int operands.
 */
class ComparisonsTest {

    private static final float[] SPECIAL = {
        -2f, -0f, 0f, 1f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 3f
    };

    private final CpuBackend backend = new CpuBackend();

    @ParameterizedTest
    @EnumSource(CompareOp.class)
    void aRowAgainstAScalarMatchesJavasOperator(CompareOp op) {
        Tensor row = floats(backend, SPECIAL, SPECIAL.length);
        for (float scalar : SPECIAL) {
            float[] expected = new float[SPECIAL.length];
            for (int i = 0; i < SPECIAL.length; i++) {
                expected[i] = holds(op, SPECIAL[i], scalar) ? 1f : 0f;
            }
            Tensor mask = backend.compare(op, row, backend.scalar(scalar));
            assertArrayEquals(expected, values(backend, mask), op + " against " + scalar);
        }
    }

    @ParameterizedTest
    @EnumSource(CompareOp.class)
    void twoRowsOfOneShapeMatchJavasOperatorElementByElement(CompareOp op) {
        int n = SPECIAL.length;
        float[] left = new float[n * n];
        float[] right = new float[n * n];
        float[] expected = new float[n * n];
        for (int i = 0; i < n * n; i++) {
            left[i] = SPECIAL[i / n];
            right[i] = SPECIAL[i % n];
            expected[i] = holds(op, left[i], right[i]) ? 1f : 0f;
        }
        Tensor a = floats(backend, left, n * n);
        Tensor b = floats(backend, right, n * n);
        assertArrayEquals(expected, values(backend, backend.compare(op, a, b)));
    }

    @ParameterizedTest
    @EnumSource(CompareOp.class)
    void broadcastOperandsMatchJavasOperatorAtEveryPair(CompareOp op) {
        int n = SPECIAL.length;
        float[] expected = new float[n * n];
        for (int i = 0; i < n * n; i++) {
            expected[i] = holds(op, SPECIAL[i / n], SPECIAL[i % n]) ? 1f : 0f;
        }
        Tensor column = floats(backend, SPECIAL, n, 1);
        Tensor row = floats(backend, SPECIAL, 1, n);
        assertArrayEquals(expected, values(backend, backend.compare(op, column, row)));
    }

    @ParameterizedTest
    @EnumSource(CompareOp.class)
    void intOperandsMatchJavasOperator(CompareOp op) {
        int[] left = {-3, 0, 5, Integer.MIN_VALUE, Integer.MAX_VALUE, 7};
        int[] right = {0, 0, 4, Integer.MAX_VALUE, Integer.MIN_VALUE, 7};
        float[] expected = new float[left.length];
        for (int i = 0; i < left.length; i++) {
            expected[i] = holds(op, left[i], right[i]) ? 1f : 0f;
        }
        Tensor mask =
                backend.compare(
                        op, ints(backend, left, left.length), ints(backend, right, right.length));
        assertArrayEquals(expected, values(backend, mask));
    }

    private static boolean holds(CompareOp op, float x, float y) {
        return switch (op) {
            case EQUAL -> x == y;
            case NOT_EQUAL -> x != y;
            case LESS -> x < y;
            case LESS_EQUAL -> x <= y;
            case GREATER -> x > y;
            case GREATER_EQUAL -> x >= y;
        };
    }

    private static boolean holds(CompareOp op, int x, int y) {
        return switch (op) {
            case EQUAL -> x == y;
            case NOT_EQUAL -> x != y;
            case LESS -> x < y;
            case LESS_EQUAL -> x <= y;
            case GREATER -> x > y;
            case GREATER_EQUAL -> x >= y;
        };
    }
}
