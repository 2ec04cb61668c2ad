package org.jkeras.ndarray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NDArrayTest {

    @Test
    void matrixRoundTripsThroughFloatArrays() {
        float[][] data = {{1, 2, 3}, {4, 5, 6}};

        NDArray array = NDArray.of(data);

        assertArrayEquals(new int[] {2, 3}, array.shape());
        assertEquals(DType.FLOAT32, array.dtype());
        assertArrayEquals(data, array.toFloatMatrix());
        assertEquals(6f, array.getFloat(1, 2));
    }

    @Test
    void rank3RoundTrips() {
        float[][][] data = {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}, {{9, 10}, {11, 12}}};

        NDArray array = NDArray.of(data);

        assertArrayEquals(new int[] {3, 2, 2}, array.shape());
        assertArrayEquals(data, array.toFloat3D());
    }

    @Test
    void intLabelsAreInt32() {
        NDArray labels = NDArray.of(new int[] {3, 1, 4});

        assertEquals(DType.INT32, labels.dtype());
        assertArrayEquals(new int[] {3, 1, 4}, labels.toIntArray());
        assertArrayEquals(new float[] {3, 1, 4}, labels.toFloatArray());
    }

    @Test
    void factoriesCopyTheCallersData() {
        float[] data = {1, 2};
        NDArray array = NDArray.of(data);

        data[0] = 99;

        assertEquals(1f, array.getFloat(0));
    }

    @Test
    void readersReturnCopies() {
        NDArray array = NDArray.of(new float[] {1, 2});

        array.toFloatArray()[0] = 99;

        assertEquals(1f, array.getFloat(0));
    }

    @Test
    void raggedRowsAreRejectedWithTheirIndex() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> NDArray.of(new float[][] {{1, 2}, {3}}));

        assertEquals("data[1] must have length 2. Received: 1", e.getMessage());
    }

    @Test
    void takeRowsGathersSamplesInTheGivenOrder() {
        NDArray array = NDArray.of(new float[][] {{0, 1}, {2, 3}, {4, 5}});

        NDArray taken = array.takeRows(new int[] {2, 0});

        assertArrayEquals(new float[][] {{4, 5}, {0, 1}}, taken.toFloatMatrix());
    }

    @Test
    void rowsSlicesTheFirstDimension() {
        NDArray array = NDArray.of(new int[] {5, 6, 7, 8});

        assertArrayEquals(new int[] {6, 7}, array.rows(1, 3).toIntArray());
    }

    @Test
    void reshapeInfersOneDimension() {
        NDArray array = NDArray.of(new float[6], 2, 3);

        assertArrayEquals(new int[] {3, 2}, array.reshape(-1, 2).shape());
    }

    @Test
    void reshapeRejectsAnotherElementCount() {
        NDArray array = NDArray.of(new float[6], 2, 3);

        assertThrows(IllegalArgumentException.class, () -> array.reshape(4, 2));
    }

    @Test
    void shapeAndDataLengthMustAgree() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> NDArray.of(new float[5], 2, 3));

        assertEquals("data must have length 6. Received: 5", e.getMessage());
    }

    @Test
    void nonIntegerFloatsDoNotConvertToInts() {
        assertThrows(
                IllegalStateException.class, () -> NDArray.of(new float[] {1.5f}).toIntArray());
    }

    @Test
    void equalArraysAreEqual() {
        assertEquals(NDArray.of(new float[] {1, 2}, 1, 2), NDArray.of(new float[][] {{1, 2}}));
    }
}
