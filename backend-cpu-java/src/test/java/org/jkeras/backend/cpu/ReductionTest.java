package org.jkeras.backend.cpu;

import static org.jkeras.backend.cpu.Fixtures.floats;
import static org.jkeras.backend.cpu.Fixtures.intValues;
import static org.jkeras.backend.cpu.Fixtures.range;
import static org.jkeras.backend.cpu.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeras.ndarray.DType;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.Test;

class ReductionTest {

    private final CpuBackend backend = new CpuBackend();

    /** [[[0, 1, 2], [3, 4, 5]], [[6, 7, 8], [9, 10, 11]]]. */
    private Tensor cube() {
        return floats(backend, range(12), 2, 2, 3);
    }

    @Test
    void sumOverTheLastAxisDropsIt() {
        Tensor sum = backend.reduce(ReduceOp.SUM, cube(), new int[] {-1}, false);

        assertArrayEquals(new int[] {2, 2}, sum.shape());
        assertArrayEquals(new float[] {3, 12, 21, 30}, values(backend, sum));
    }

    @Test
    void sumOverTheFirstAxisKeepsItAsOne() {
        Tensor sum = backend.reduce(ReduceOp.SUM, cube(), new int[] {0}, true);

        assertArrayEquals(new int[] {1, 2, 3}, sum.shape());
        assertArrayEquals(new float[] {6, 8, 10, 12, 14, 16}, values(backend, sum));
    }

    @Test
    void maxOverTheMiddleAxis() {
        Tensor max = backend.reduce(ReduceOp.MAX, cube(), new int[] {1}, false);

        assertArrayEquals(new int[] {2, 3}, max.shape());
        assertArrayEquals(new float[] {3, 4, 5, 9, 10, 11}, values(backend, max));
    }

    @Test
    void meanOverTheOuterAxesInAnyOrder() {
        Tensor mean = backend.reduce(ReduceOp.MEAN, cube(), new int[] {1, 0}, true);

        assertArrayEquals(new int[] {1, 1, 3}, mean.shape());
        assertArrayEquals(new float[] {4.5f, 5.5f, 6.5f}, values(backend, mean));
    }

    @Test
    void minOverFirstAndLastAxes() {
        Tensor min = backend.reduce(ReduceOp.MIN, cube(), new int[] {0, 2}, false);

        assertArrayEquals(new int[] {2}, min.shape());
        assertArrayEquals(new float[] {0, 3}, values(backend, min));
    }

    @Test
    void allAxesGiveAScalar() {
        Tensor sum = backend.reduce(ReduceOp.SUM, cube(), new int[] {0, 1, 2}, false);

        assertArrayEquals(new int[0], sum.shape());
        assertArrayEquals(new float[] {66}, values(backend, sum));
    }

    @Test
    void emptyAxesReturnAnIndependentCopy() {
        Tensor x = cube();

        Tensor copy = backend.reduce(ReduceOp.MAX, x, new int[0], true);
        backend.assign(x, backend.full(new int[] {2, 2, 3}, DType.FLOAT32, 0));

        assertArrayEquals(new int[] {2, 2, 3}, copy.shape());
        assertArrayEquals(range(12), values(backend, copy));
    }

    @Test
    void reductionsOverZeroElementsGiveTheirIdentities() {
        Tensor empty = floats(backend, new float[0], 2, 0);
        int[] axes = {1};

        assertArrayEquals(
                new float[] {0, 0},
                values(backend, backend.reduce(ReduceOp.SUM, empty, axes, false)));
        assertArrayEquals(
                new float[] {Float.NaN, Float.NaN},
                values(backend, backend.reduce(ReduceOp.MEAN, empty, axes, false)));
        assertArrayEquals(
                new float[] {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY},
                values(backend, backend.reduce(ReduceOp.MAX, empty, axes, false)));
        assertArrayEquals(
                new float[] {Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY},
                values(backend, backend.reduce(ReduceOp.MIN, empty, axes, false)));
    }

    @Test
    void zeroElementsOverANonTrailingAxisGiveIdentities() {
        Tensor empty = floats(backend, new float[0], 0, 3);

        Tensor max = backend.reduce(ReduceOp.MAX, empty, new int[] {0}, true);

        assertArrayEquals(new int[] {1, 3}, max.shape());
        assertArrayEquals(
                new float[] {
                    Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY
                },
                values(backend, max));
    }

    @Test
    void nanPropagatesThroughEveryReduction() {
        Tensor x = floats(backend, new float[] {1, Float.NaN, 3, 4, 5, 6}, 2, 3);

        for (ReduceOp op : ReduceOp.values()) {
            float[] byRow = values(backend, backend.reduce(op, x, new int[] {1}, false));
            float[] byColumn = values(backend, backend.reduce(op, x, new int[] {0}, false));

            assertTrue(Float.isNaN(byRow[0]) && !Float.isNaN(byRow[1]), op.name());
            assertTrue(Float.isNaN(byColumn[1]) && !Float.isNaN(byColumn[2]), op.name());
        }
    }

    @Test
    void sumAccumulatesInDoublePrecision() {
        int n = 1 << 20;
        float[] data = new float[n + 1];
        data[0] = 1 << 24;
        java.util.Arrays.fill(data, 1, n + 1, 1f);
        Tensor x = floats(backend, data, n + 1);

        float[] sum = values(backend, backend.reduce(ReduceOp.SUM, x, new int[] {0}, false));

        assertEquals((float) ((1 << 24) + n), sum[0]);
    }

    @Test
    void largeRowSumsSplitAcrossThreadsMatchTheSequentialSums() {
        int rows = 3000;
        int columns = 100;
        float[] data = Fixtures.random(rows * columns, 3);
        Tensor x = floats(backend, data, rows, columns);

        float[] sums = values(backend, backend.reduce(ReduceOp.SUM, x, new int[] {1}, false));

        for (int r = 0; r < rows; r++) {
            double expected = 0;
            for (int c = 0; c < columns; c++) {
                expected += data[r * columns + c];
            }
            assertEquals((float) expected, sums[r]);
        }
    }

    @Test
    void columnSumsAddEachColumnInRowOrderInDouble() {
        int rows = 257;
        int columns = 130;
        float[] data = Fixtures.random(rows * columns, 5);
        Tensor x = floats(backend, data, rows, columns);

        float[] sums = values(backend, backend.reduce(ReduceOp.SUM, x, new int[] {0}, false));

        for (int c = 0; c < columns; c++) {
            double expected = 0;
            for (int r = 0; r < rows; r++) {
                expected += data[r * columns + c];
            }
            assertEquals((float) expected, sums[c]);
        }
    }

    @Test
    void reduceRejectsRepeatedAxes() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> backend.reduce(ReduceOp.SUM, cube(), new int[] {1, -2}, false));

        assertEquals("axes must be distinct. Received: [1, -2]", error.getMessage());
    }

    @Test
    void reduceRejectsAnAxisOutOfRange() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> backend.reduce(ReduceOp.SUM, cube(), new int[] {3}, false));

        assertEquals("axis must be in [-3, 3). Received: 3", error.getMessage());
    }

    @Test
    void argMaxPicksTheFirstOfEqualMaxima() {
        Tensor x = floats(backend, new float[] {1, 5, 5, 2, 0, 0, 0, 0}, 2, 4);

        Tensor index = backend.argMax(x, 1);

        assertEquals(DType.INT32, index.dtype());
        assertArrayEquals(new int[] {2}, index.shape());
        assertArrayEquals(new int[] {1, 0}, intValues(backend, index));
    }

    @Test
    void argMaxCountsNaNAsTheLargest() {
        Tensor x = floats(backend, new float[] {1, Float.NaN, 9, Float.NaN}, 4);

        assertArrayEquals(new int[] {1}, intValues(backend, backend.argMax(x, 0)));
    }

    @Test
    void argMaxAlongTheFirstAxisOfAMatrix() {
        Tensor x = floats(backend, new float[] {1, 8, 3, 7, 2, 3}, 2, 3);

        assertArrayEquals(new int[] {1, 0, 0}, intValues(backend, backend.argMax(x, 0)));
    }

    @Test
    void argMaxOfAnEmptyAxisIsRejected() {
        Tensor x = floats(backend, new float[0], 2, 0);

        assertThrows(IllegalArgumentException.class, () -> backend.argMax(x, 1));
    }
}
