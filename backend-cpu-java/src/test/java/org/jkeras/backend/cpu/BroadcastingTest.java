package org.jkeras.backend.cpu;

import static org.jkeras.backend.cpu.Fixtures.floats;
import static org.jkeras.backend.cpu.Fixtures.ints;
import static org.jkeras.backend.cpu.Fixtures.random;
import static org.jkeras.backend.cpu.Fixtures.range;
import static org.jkeras.backend.cpu.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeras.ndarray.DType;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.Test;

class BroadcastingTest {

    private final CpuBackend backend = new CpuBackend();

    @Test
    void sameShapesCombineElementByElement() {
        Tensor a = floats(backend, new float[] {1, 2, 3, 4}, 2, 2);
        Tensor b = floats(backend, new float[] {10, 20, 30, 40}, 2, 2);

        Tensor sum = backend.binary(BinaryOp.ADD, a, b);

        assertArrayEquals(new int[] {2, 2}, sum.shape());
        assertArrayEquals(new float[] {11, 22, 33, 44}, values(backend, sum));
    }

    @Test
    void rankZeroScalarStretchesOverEveryElement() {
        Tensor a = floats(backend, new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor two = backend.scalar(2);

        assertArrayEquals(
                new float[] {2, 4, 6, 8, 10, 12},
                values(backend, backend.binary(BinaryOp.MUL, a, two)));
        assertArrayEquals(
                new float[] {2, 1, 2f / 3, 0.5f, 0.4f, 2f / 6},
                values(backend, backend.binary(BinaryOp.DIV, two, a)),
                1e-7f);
    }

    @Test
    void twoScalarsGiveAScalar() {
        Tensor result = backend.binary(BinaryOp.SUB, backend.scalar(5), backend.scalar(3));

        assertArrayEquals(new int[0], result.shape());
        assertArrayEquals(new float[] {2}, values(backend, result));
    }

    @Test
    void rowVectorStretchesOverTheRowsOfAMatrix() {
        Tensor a = floats(backend, range(6), 2, 3);
        Tensor row = floats(backend, new float[] {100, 200, 300}, 3);

        Tensor sum = backend.binary(BinaryOp.ADD, a, row);

        assertArrayEquals(new float[] {100, 201, 302, 103, 204, 305}, values(backend, sum));
    }

    @Test
    void columnAndRowBroadcastToAnOuterProduct() {
        Tensor column = floats(backend, new float[] {1, 2, 3}, 3, 1);
        Tensor row = floats(backend, new float[] {10, 20}, 1, 2);

        Tensor product = backend.binary(BinaryOp.MUL, column, row);

        assertArrayEquals(new int[] {3, 2}, product.shape());
        assertArrayEquals(new float[] {10, 20, 20, 40, 30, 60}, values(backend, product));
    }

    @Test
    void missingLeadingDimensionsCountAsOne() {
        Tensor a = floats(backend, range(12), 2, 3, 2);
        Tensor b = floats(backend, new float[] {1, -1}, 2);

        Tensor product = backend.binary(BinaryOp.MUL, a, b);

        assertArrayEquals(new int[] {2, 3, 2}, product.shape());
        assertArrayEquals(
                new float[] {0, -1, 2, -3, 4, -5, 6, -7, 8, -9, 10, -11}, values(backend, product));
    }

    @Test
    void middleSizeOneDimensionStretches() {
        Tensor a = floats(backend, range(8), 2, 1, 4);
        Tensor b = floats(backend, new float[] {0, 10, 20}, 1, 3, 1);

        float[] sum = values(backend, backend.binary(BinaryOp.ADD, a, b));

        float[] expected = new float[24];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 4; k++) {
                    expected[(i * 3 + j) * 4 + k] = i * 4 + k + j * 10;
                }
            }
        }
        assertArrayEquals(expected, sum);
    }

    @Test
    void sizeZeroDimensionGivesAnEmptyResult() {
        Tensor empty = floats(backend, new float[0], 0, 3);
        Tensor row = floats(backend, new float[] {1, 2, 3}, 1, 3);

        Tensor sum = backend.binary(BinaryOp.ADD, empty, row);

        assertArrayEquals(new int[] {0, 3}, sum.shape());
        assertArrayEquals(new float[0], values(backend, sum));
    }

    @Test
    void sizeOneStretchesToSizeZero() {
        Tensor empty = floats(backend, new float[0], 2, 0);
        Tensor column = floats(backend, new float[] {1, 2}, 2, 1);

        assertArrayEquals(new int[] {2, 0}, backend.binary(BinaryOp.MUL, empty, column).shape());
    }

    @Test
    void incompatibleShapesAreRejectedNamingBothShapes() {
        Tensor a = floats(backend, range(6), 2, 3);
        Tensor b = floats(backend, range(2), 2);

        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class, () -> backend.binary(BinaryOp.ADD, a, b));

        assertTrue(error.getMessage().endsWith("Received: [2, 3] and [2]"), error.getMessage());
    }

    @Test
    void maximumAndMinimumPropagateNaN() {
        Tensor a = floats(backend, new float[] {Float.NaN, 1, 5}, 3);
        Tensor b = floats(backend, new float[] {0, Float.NaN, 2}, 3);

        assertArrayEquals(
                new float[] {Float.NaN, Float.NaN, 5},
                values(backend, backend.binary(BinaryOp.MAXIMUM, a, b)));
        assertArrayEquals(
                new float[] {Float.NaN, Float.NaN, 2},
                values(backend, backend.binary(BinaryOp.MINIMUM, a, b)));
    }

    @Test
    void powFollowsMathPow() {
        Tensor a = floats(backend, new float[] {2, 9, -8, 0}, 4);
        Tensor b = floats(backend, new float[] {3, 0.5f, 2, -1}, 4);

        assertArrayEquals(
                new float[] {8, 3, 64, Float.POSITIVE_INFINITY},
                values(backend, backend.binary(BinaryOp.POW, a, b)));
    }

    @Test
    void largeBroadcastSplitAcrossThreadsMatchesElementByElementResult() {
        int rows = 1000;
        int columns = 257;
        float[] matrix = random(rows * columns, 1);
        float[] column = random(rows, 2);
        Tensor a = floats(backend, matrix, rows, columns);
        Tensor b = floats(backend, column, rows, 1);

        float[] difference = values(backend, backend.binary(BinaryOp.SUB, a, b));

        float[] expected = new float[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                expected[i * columns + j] = matrix[i * columns + j] - column[i];
            }
        }
        assertArrayEquals(expected, difference);
    }

    @Test
    void compareGivesAFloatMaskAndNaNIsOnlyNotEqual() {
        Tensor a = floats(backend, new float[] {1, 2, Float.NaN}, 3);
        Tensor b = floats(backend, new float[] {2}, 1);

        assertArrayEquals(
                new float[] {1, 0, 0}, values(backend, backend.compare(CompareOp.LESS, a, b)));
        assertArrayEquals(
                new float[] {0, 1, 0}, values(backend, backend.compare(CompareOp.EQUAL, a, b)));
        assertArrayEquals(
                new float[] {1, 0, 1}, values(backend, backend.compare(CompareOp.NOT_EQUAL, a, b)));
        assertArrayEquals(
                new float[] {0, 1, 0},
                values(backend, backend.compare(CompareOp.GREATER_EQUAL, a, b)));
    }

    @Test
    void compareWorksOnInt32WithBroadcasting() {
        Tensor a = ints(backend, new int[] {1, 2, 3, 4}, 2, 2);
        Tensor b = ints(backend, new int[] {2, 3}, 2);

        Tensor mask = backend.compare(CompareOp.GREATER, a, b);

        assertTrue(mask.dtype() == DType.FLOAT32);
        assertArrayEquals(new float[] {0, 0, 1, 1}, values(backend, mask));
    }

    @Test
    void compareRejectsMixedTypes() {
        Tensor a = ints(backend, new int[] {1}, 1);
        Tensor b = floats(backend, new float[] {1}, 1);

        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> backend.compare(CompareOp.EQUAL, a, b));

        assertTrue(error.getMessage().endsWith("Received: INT32 and FLOAT32"));
    }

    @Test
    void whereBroadcastsAllThreeOperands() {
        Tensor condition = floats(backend, new float[] {1, 0, 1}, 1, 3);
        Tensor a = floats(backend, new float[] {10, 20}, 2, 1);
        Tensor b = backend.scalar(-1);

        Tensor picked = backend.where(condition, a, b);

        assertArrayEquals(new int[] {2, 3}, picked.shape());
        assertArrayEquals(new float[] {10, -1, 10, 20, -1, 20}, values(backend, picked));
    }

    @Test
    void whereKeepsTheInt32TypeOfItsBranches() {
        Tensor condition = floats(backend, new float[] {0, 2}, 2);
        Tensor a = ints(backend, new int[] {7, 8}, 2);
        Tensor b = ints(backend, new int[] {-7, -8}, 2);

        Tensor picked = backend.where(condition, a, b);

        assertTrue(picked.dtype() == DType.INT32);
        assertArrayEquals(new int[] {-7, 8}, Fixtures.intValues(backend, picked));
    }
}
