package org.jkeras.backend.cpu;

import static org.jkeras.backend.cpu.Fixtures.floats;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.Test;

class ClosedTensorTest {

    private final CpuBackend backend = new CpuBackend();

    @Test
    void closingMarksTheTensorClosed() {
        Tensor x = backend.scalar(1);

        x.close();

        assertTrue(x.isClosed());
    }

    @Test
    void closingTwiceIsHarmless() {
        Tensor x = backend.scalar(1);
        x.close();

        assertDoesNotThrow(x::close);
    }

    @Test
    void readingTheShapeOfAClosedTensorThrows() {
        Tensor x = backend.scalar(1);
        x.close();

        IllegalStateException error = assertThrows(IllegalStateException.class, x::shape);

        assertTrue(error.getMessage().startsWith("shape:"), error.getMessage());
    }

    @Test
    void usingAClosedTensorInAnOpNamesTheOpAndArgument() {
        Tensor a = floats(backend, new float[] {1, 2}, 2);
        Tensor b = floats(backend, new float[] {1, 2}, 2);
        b.close();

        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> backend.binary(BinaryOp.ADD, a, b));

        assertTrue(error.getMessage().startsWith("binary (b):"), error.getMessage());
    }

    @Test
    void copyingAClosedTensorToTheHostThrows() {
        Tensor x = backend.scalar(1);
        x.close();

        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> backend.toHost(x));

        assertTrue(error.getMessage().startsWith("toHost (tensor):"), error.getMessage());
    }

    @Test
    void assigningIntoAClosedTensorThrows() {
        Tensor target = backend.scalar(1);
        target.close();

        assertThrows(IllegalStateException.class, () -> backend.assign(target, backend.scalar(2)));
    }
}
