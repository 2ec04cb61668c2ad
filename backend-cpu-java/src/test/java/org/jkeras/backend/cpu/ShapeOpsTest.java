package org.jkeras.backend.cpu;

import static org.jkeras.backend.cpu.Fixtures.floats;
import static org.jkeras.backend.cpu.Fixtures.intValues;
import static org.jkeras.backend.cpu.Fixtures.ints;
import static org.jkeras.backend.cpu.Fixtures.range;
import static org.jkeras.backend.cpu.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.ndarray.DType;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.Test;

class ShapeOpsTest {

    private final CpuBackend backend = new CpuBackend();

    @Test
    void reshapeInfersTheMinusOneDimension() {
        Tensor x = floats(backend, range(12), 3, 4);

        Tensor reshaped = backend.reshape(x, new int[] {2, -1, 3});

        assertArrayEquals(new int[] {2, 2, 3}, reshaped.shape());
        assertArrayEquals(range(12), values(backend, reshaped));
    }

    @Test
    void reshapeReturnsATensorWithItsOwnData() {
        Tensor x = floats(backend, range(4), 4);
        Tensor reshaped = backend.reshape(x, new int[] {2, 2});

        backend.assign(reshaped, backend.full(new int[] {2, 2}, DType.FLOAT32, 9));

        assertArrayEquals(range(4), values(backend, x));
    }

    @Test
    void reshapeRejectsADifferentElementCount() {
        Tensor x = floats(backend, range(6), 6);

        assertThrows(IllegalArgumentException.class, () -> backend.reshape(x, new int[] {4}));
    }

    @Test
    void transposeSwapsTheAxesOfAMatrix() {
        Tensor x = floats(backend, range(6), 2, 3);

        Tensor transposed = backend.transpose(x, new int[] {1, 0});

        assertArrayEquals(new int[] {3, 2}, transposed.shape());
        assertArrayEquals(new float[] {0, 3, 1, 4, 2, 5}, values(backend, transposed));
    }

    @Test
    void transposeAppliesAnyPermutationOfThreeAxes() {
        int[] shape = {2, 3, 4};
        Tensor x = floats(backend, range(24), shape);
        int[] permutation = {2, 0, 1};

        float[] out = values(backend, backend.transpose(x, permutation));

        // Output (k, i, j) holds input (i, j, k).
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 3; j++) {
                    assertEquals((i * 3 + j) * 4 + k, out[(k * 2 + i) * 3 + j]);
                }
            }
        }
    }

    @Test
    void transposeOfALargeInt32TensorKeepsItsType() {
        int rows = 300;
        int columns = 500;
        int[] data = new int[rows * columns];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }

        int[] out =
                intValues(
                        backend,
                        backend.transpose(ints(backend, data, rows, columns), new int[] {1, 0}));

        for (int j = 0; j < columns; j++) {
            for (int i = 0; i < rows; i++) {
                assertEquals(i * columns + j, out[j * rows + i]);
            }
        }
    }

    @Test
    void transposeOfLongRowsCopiedInTilesMatchesTheElementwiseDefinition() {
        Tensor x = floats(backend, range(3 * 37 * 41), 3, 37, 41);

        float[] out = values(backend, backend.transpose(x, new int[] {0, 2, 1}));

        // Output (b, k, j) holds input (b, j, k).
        for (int b = 0; b < 3; b++) {
            for (int k = 0; k < 41; k++) {
                for (int j = 0; j < 37; j++) {
                    assertEquals((b * 37 + j) * 41 + k, out[(b * 41 + k) * 37 + j]);
                }
            }
        }
    }

    @Test
    void sliceOfOneColumnGathersAcrossRows() {
        Tensor x = floats(backend, range(60), 20, 3);

        float[] column = values(backend, backend.slice(x, new int[] {0, 2}, new int[] {-1, 1}));

        for (int r = 0; r < 20; r++) {
            assertEquals(r * 3 + 2, column[r]);
        }
    }

    @Test
    void transposeRejectsARepeatedAxis() {
        Tensor x = floats(backend, range(6), 2, 3);

        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> backend.transpose(x, new int[] {0, 0}));

        assertTrue(error.getMessage().endsWith("Received: [0, 0]"));
    }

    @Test
    void sliceWithMinusOneRunsToTheEnd() {
        Tensor x = floats(backend, range(12), 3, 4);

        Tensor block = backend.slice(x, new int[] {1, 1}, new int[] {-1, 2});

        assertArrayEquals(new int[] {2, 2}, block.shape());
        assertArrayEquals(new float[] {5, 6, 9, 10}, values(backend, block));
    }

    @Test
    void sliceCanBeEmpty() {
        Tensor x = floats(backend, range(12), 3, 4);

        Tensor block = backend.slice(x, new int[] {3, 0}, new int[] {-1, -1});

        assertArrayEquals(new int[] {0, 4}, block.shape());
    }

    @Test
    void sliceRejectsAnExtentPastTheEnd() {
        Tensor x = floats(backend, range(12), 3, 4);

        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> backend.slice(x, new int[] {0, 2}, new int[] {1, 3}));

        assertTrue(error.getMessage().startsWith("slice: size[1]"), error.getMessage());
        assertTrue(error.getMessage().endsWith("Received: 3"), error.getMessage());
    }

    @Test
    void concatJoinsAlongTheLastAxis() {
        Tensor a = floats(backend, new float[] {1, 2, 3, 4}, 2, 2);
        Tensor b = floats(backend, new float[] {5, 6}, 2, 1);

        Tensor joined = backend.concat(List.of(a, b), -1);

        assertArrayEquals(new int[] {2, 3}, joined.shape());
        assertArrayEquals(new float[] {1, 2, 5, 3, 4, 6}, values(backend, joined));
    }

    @Test
    void concatJoinsInt32AlongTheFirstAxis() {
        Tensor a = ints(backend, new int[] {1, 2}, 1, 2);
        Tensor b = ints(backend, new int[] {3, 4, 5, 6}, 2, 2);

        Tensor joined = backend.concat(List.of(a, b), 0);

        assertArrayEquals(new int[] {3, 2}, joined.shape());
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6}, intValues(backend, joined));
    }

    @Test
    void concatRejectsMismatchedOtherDimensions() {
        Tensor a = floats(backend, range(4), 2, 2);
        Tensor b = floats(backend, range(3), 1, 3);

        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class, () -> backend.concat(List.of(a, b), 0));

        assertTrue(error.getMessage().endsWith("Received: [1, 3] at tensors[1]"));
    }

    @Test
    void gatherTakesRowsInIndexOrder() {
        Tensor x = floats(backend, range(6), 3, 2);
        Tensor indices = ints(backend, new int[] {2, 0, 2}, 3);

        Tensor rows = backend.gather(x, indices, 0);

        assertArrayEquals(new int[] {3, 2}, rows.shape());
        assertArrayEquals(new float[] {4, 5, 0, 1, 4, 5}, values(backend, rows));
    }

    @Test
    void gatherAlongAnInnerAxisWithMatrixIndices() {
        Tensor x = floats(backend, range(12), 2, 3, 2);
        Tensor indices = ints(backend, new int[] {0, 2, 1, 1}, 2, 2);

        Tensor taken = backend.gather(x, indices, 1);

        assertArrayEquals(new int[] {2, 2, 2, 2}, taken.shape());
        assertArrayEquals(
                new float[] {0, 1, 4, 5, 2, 3, 2, 3, 6, 7, 10, 11, 8, 9, 8, 9},
                values(backend, taken));
    }

    @Test
    void gatherWithScalarIndexDropsTheAxis() {
        Tensor x = floats(backend, range(6), 2, 3);
        Tensor index = backend.fromHost(org.jkeras.ndarray.NDArray.of(new int[] {1}, new int[0]));

        Tensor column = backend.gather(x, index, 1);

        assertArrayEquals(new int[] {2}, column.shape());
        assertArrayEquals(new float[] {1, 4}, values(backend, column));
    }

    @Test
    void gatherRejectsAnIndexOutsideTheAxis() {
        Tensor x = floats(backend, range(6), 3, 2);
        Tensor indices = ints(backend, new int[] {0, 3}, 2);

        assertThrows(IndexOutOfBoundsException.class, () -> backend.gather(x, indices, 0));
    }

    @Test
    void gatherRejectsANegativeIndex() {
        Tensor x = floats(backend, range(6), 3, 2);
        Tensor indices = ints(backend, new int[] {-1}, 1);

        assertThrows(IndexOutOfBoundsException.class, () -> backend.gather(x, indices, 0));
    }

    @Test
    void oneHotGivesZeroRowsForIndicesOutOfRange() {
        Tensor indices = ints(backend, new int[] {1, -1, 3, 0}, 2, 2);

        Tensor rows = backend.oneHot(indices, 3);

        assertArrayEquals(new int[] {2, 2, 3}, rows.shape());
        assertArrayEquals(new float[] {0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0}, values(backend, rows));
    }

    @Test
    void oneHotRejectsFloatIndices() {
        Tensor indices = floats(backend, new float[] {1}, 1);

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> backend.oneHot(indices, 3));

        assertEquals("oneHot: indices must be INT32. Received: FLOAT32", error.getMessage());
    }

    @Test
    void castToInt32TruncatesTowardZeroSaturatesAndMapsNaNToZero() {
        Tensor x =
                floats(
                        backend,
                        new float[] {
                            1.9f, -1.9f, Float.NaN, 1e20f, -1e20f, Float.NEGATIVE_INFINITY
                        },
                        6);

        Tensor cast = backend.cast(x, DType.INT32);

        assertEquals(DType.INT32, cast.dtype());
        assertArrayEquals(
                new int[] {1, -1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE},
                intValues(backend, cast));
    }

    @Test
    void castToFloat32ConvertsIntegers() {
        Tensor x = ints(backend, new int[] {-3, 7}, 2);

        Tensor cast = backend.cast(x, DType.FLOAT32);

        assertEquals(DType.FLOAT32, cast.dtype());
        assertArrayEquals(new float[] {-3, 7}, values(backend, cast));
    }

    @Test
    void assignCopiesValuesIntoTheTarget() {
        Tensor target = backend.full(new int[] {2}, DType.FLOAT32, 0);
        Tensor value = floats(backend, new float[] {4, 5}, 2);

        backend.assign(target, value);

        assertArrayEquals(new float[] {4, 5}, values(backend, target));
    }

    @Test
    void assignRejectsAnotherShape() {
        Tensor target = backend.full(new int[] {2}, DType.FLOAT32, 0);
        Tensor value = floats(backend, new float[] {4, 5}, 1, 2);

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> backend.assign(target, value));

        assertTrue(error.getMessage().endsWith("Received: FLOAT32 [1, 2]"));
    }

    @Test
    void fullFillsIntTensorsWithTheValue() {
        Tensor filled = backend.full(new int[] {2, 1}, DType.INT32, 7);

        assertArrayEquals(new int[] {7, 7}, intValues(backend, filled));
    }

    @Test
    void fullRejectsANegativeDimension() {
        assertThrows(
                IllegalArgumentException.class,
                () -> backend.full(new int[] {2, -1}, DType.FLOAT32, 0));
    }
}
