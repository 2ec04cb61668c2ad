package org.jkeras.backend.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class ArrayPoolTest {

    @Test
    void anArrayGivenBackIsTakenAgainForTheSameTypeAndShape() {
        ArrayPool pool = new ArrayPool();
        INDArray first = pool.take(DataType.FLOAT, new long[] {3, 4});
        pool.give(first);
        assertSame(first, pool.take(DataType.FLOAT, new long[] {3, 4}));
    }

    @Test
    void anotherShapeOrTypeGetsAFreshArray() {
        ArrayPool pool = new ArrayPool();
        INDArray first = pool.take(DataType.FLOAT, new long[] {3, 4});
        pool.give(first);
        assertNotSame(first, pool.take(DataType.FLOAT, new long[] {4, 3}));
        assertNotSame(first, pool.take(DataType.INT32, new long[] {3, 4}));
        assertEquals(48, pool.bytes(), "the float [3, 4] array is still kept");
    }

    @Test
    void keepsAtMostItsLimitPerShapeAndFreesTheRest() {
        ArrayPool pool = new ArrayPool();
        INDArray[] arrays = new INDArray[ArrayPool.PER_SHAPE + 2];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = pool.take(DataType.FLOAT, new long[] {10});
        }
        for (INDArray array : arrays) {
            pool.give(array);
        }
        assertEquals(ArrayPool.PER_SHAPE * 40L, pool.bytes());
        assertEquals(true, arrays[arrays.length - 1].wasClosed(), "the extra array is freed");
    }

    @Test
    void clearFreesEveryKeptArray() {
        ArrayPool pool = new ArrayPool();
        INDArray array = pool.take(DataType.FLOAT, new long[] {5});
        pool.give(array);
        pool.clear();
        assertEquals(0, pool.bytes());
        assertEquals(true, array.wasClosed());
    }

    @Test
    void aReusedBufferCarriesNoValuesIntoTheNextResult() {
        try (Backend backend = new Nd4jBackendProvider().create()) {
            Tensor x = backend.fromHost(NDArray.of(new float[] {1, -2, 3, -4}, 2, 2));
            backend.unary(UnaryOp.NEG, x).close();
            try (Tensor relu = backend.unary(UnaryOp.RELU, x)) {
                assertArrayEquals(new float[] {1, 0, 3, 0}, backend.toHost(relu).toFloatArray());
            }
            x.close();
        }
    }

    @Test
    void anOptimizerStepReusesOneScratchBufferPerParameter() {
        try (Backend backend = new Nd4jBackendProvider().create()) {
            Nd4jTensor param = (Nd4jTensor) backend.fromHost(NDArray.of(new float[] {1, 2, 3}));
            Tensor grad = backend.fromHost(NDArray.of(new float[] {0.5f, -0.5f, 1}));
            Tensor accumulator = backend.fromHost(NDArray.of(new float[] {0, 0, 0}));
            backend.rmspropUpdate(param, grad, accumulator, 0.01, 0.9, 1e-7);
            INDArray scratch = param.scratch();
            backend.rmspropUpdate(param, grad, accumulator, 0.01, 0.9, 1e-7);
            assertSame(scratch, param.scratch());
            assertArrayEquals(
                    new float[] {0.5f, -0.5f, 1}, backend.toHost(grad).toFloatArray(), 0f);
            param.close();
            grad.close();
            accumulator.close();
        }
    }
}
