package org.jkeras.layers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.Tensor;
import org.jkeras.testing.HostBackend;
import org.junit.jupiter.api.Test;

class ForwardPassTest {

    private final HostBackend backend = new HostBackend();

    @Test
    void closingThePassClosesTheTensorsItOwns() {
        ForwardPass pass = new ForwardPass(backend, true, new SeededRandom(1));
        Tensor owned = pass.own(backend.fromHost(NDArray.of(new float[] {1, 2})));
        pass.close();
        assertTrue(owned.isClosed());
    }

    @Test
    void closingThePassLeavesWatchedTensorsOpen() {
        Tensor weight = backend.fromHost(NDArray.of(new float[] {1, 2}));
        try (ForwardPass pass = new ForwardPass(backend, true, new SeededRandom(1))) {
            pass.tape().watch(weight);
        }
        assertFalse(weight.isClosed());
    }

    @Test
    void dropoutOutsideTrainingReturnsItsInput() {
        Tensor input = backend.fromHost(NDArray.of(new float[] {1, 2}, 1, 2));
        try (ForwardPass pass = new ForwardPass(backend, false, new SeededRandom(1))) {
            var variable = pass.tape().constant(input);
            assertTrue(new Dropout(0.5).call(pass, java.util.List.of(), variable) == variable);
        }
    }
}
