package org.jkeras.backend.cpu;

import static org.jkeras.backend.cpu.Fixtures.floats;
import static org.jkeras.backend.cpu.Fixtures.ints;
import static org.jkeras.backend.cpu.Fixtures.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jkeras.ndarray.DType;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;
import org.junit.jupiter.api.Test;

/** Bad arguments fail with an exception whose message names the argument and what was received. */
class ArgumentErrorsTest {

    private final CpuBackend backend = new CpuBackend();

    /** A tensor some other backend made. */
    private static final class ForeignTensor implements Tensor {
        @Override
        public int[] shape() {
            return new int[] {1};
        }

        @Override
        public DType dtype() {
            return DType.FLOAT32;
        }

        @Override
        public boolean isClosed() {
            return false;
        }

        @Override
        public void close() {}
    }

    private static String messageOf(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    @Test
    void tensorOfAnotherBackendIsRejected() {
        String message = messageOf(() -> backend.unary(UnaryOp.EXP, new ForeignTensor()));

        assertEquals(
                "unary: x must be a tensor of the cpu-java backend. Received: "
                        + ForeignTensor.class.getName(),
                message);
    }

    @Test
    void sliceBeginMustHaveOneEntryPerAxis() {
        Tensor x = floats(backend, range(6), 2, 3);

        String message = messageOf(() -> backend.slice(x, new int[] {0}, new int[] {1, 1}));

        assertEquals("slice: begin must have one entry per axis (2). Received: [0]", message);
    }

    @Test
    void sliceBeginMustLieInsideTheAxis() {
        Tensor x = floats(backend, range(6), 2, 3);

        String message = messageOf(() -> backend.slice(x, new int[] {0, 4}, new int[] {1, -1}));

        assertEquals("slice: begin[1] must be in [0, 3] for shape [2, 3]. Received: 4", message);
    }

    @Test
    void gatherAxisMustBeInRange() {
        Tensor x = floats(backend, range(6), 2, 3);
        Tensor indices = ints(backend, new int[] {0}, 1);

        String message = messageOf(() -> backend.gather(x, indices, 2));

        assertEquals("axis must be in [-2, 2). Received: 2", message);
    }

    @Test
    void gatherIndicesMustBeInt32() {
        Tensor x = floats(backend, range(6), 2, 3);
        Tensor indices = floats(backend, new float[] {0}, 1);

        String message = messageOf(() -> backend.gather(x, indices, 0));

        assertEquals("gather: indices must be INT32. Received: FLOAT32", message);
    }

    @Test
    void oneHotDepthMustNotBeNegative() {
        Tensor indices = ints(backend, new int[] {0}, 1);

        String message = messageOf(() -> backend.oneHot(indices, -2));

        assertEquals("oneHot: depth must be >= 0. Received: -2", message);
    }

    @Test
    void concatNeedsAtLeastOneTensor() {
        String message = messageOf(() -> backend.concat(List.of(), 0));

        assertEquals(
                "concat: tensors must hold at least one tensor. Received: an empty list", message);
    }

    @Test
    void concatRejectsMixedTypes() {
        Tensor a = floats(backend, range(2), 2);
        Tensor b = ints(backend, new int[] {1}, 1);

        String message = messageOf(() -> backend.concat(List.of(a, b), 0));

        assertEquals(
                "concat: tensors must share one dtype; tensors[0] is FLOAT32. Received: INT32 at"
                        + " tensors[1]",
                message);
    }

    @Test
    void whereRejectsBranchesOfDifferentTypes() {
        Tensor condition = floats(backend, new float[] {1}, 1);
        Tensor a = floats(backend, new float[] {1}, 1);
        Tensor b = ints(backend, new int[] {1}, 1);

        String message = messageOf(() -> backend.where(condition, a, b));

        assertEquals(
                "where: a and b must have the same dtype. Received: FLOAT32 and INT32", message);
    }

    @Test
    void whereRejectsShapesThatDoNotBroadcast() {
        Tensor condition = floats(backend, new float[] {1, 0}, 2);
        Tensor a = floats(backend, new float[] {1, 2, 3}, 3);
        Tensor b = backend.scalar(0);

        String message = messageOf(() -> backend.where(condition, a, b));

        assertEquals(
                "where: the shapes of condition, a and b must broadcast together. Received: [2],"
                        + " [3] and []",
                message);
    }

    @Test
    void argMaxAxisMustBeInRange() {
        Tensor x = floats(backend, range(6), 2, 3);

        String message = messageOf(() -> backend.argMax(x, -3));

        assertEquals("axis must be in [-2, 2). Received: -3", message);
    }

    @Test
    void denseKernelRowsMustMatchTheInputFeatures() {
        Tensor x = floats(backend, range(6), 2, 3);
        Tensor kernel = floats(backend, range(8), 4, 2);

        String message = messageOf(() -> backend.dense(x, kernel, null));

        assertEquals(
                "dense: kernel must have 3 rows, the last dimension of x [2, 3]. Received: kernel"
                        + " [4, 2]",
                message);
    }

    @Test
    void reshapeAllowsOnlyOneInferredDimension() {
        Tensor x = floats(backend, range(6), 6);

        String message = messageOf(() -> backend.reshape(x, new int[] {-1, -1}));

        assertEquals("shape: at most one dimension may be -1. Received: [-1, -1]", message);
    }

    @Test
    void transposeNeedsOneEntryPerAxis() {
        Tensor x = floats(backend, range(6), 2, 3);

        String message = messageOf(() -> backend.transpose(x, new int[] {0}));

        assertEquals(
                "transpose: permutation must list each of the 2 axes once. Received: [0]", message);
    }
}
