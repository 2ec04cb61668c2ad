package org.jkeras.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.autodiff.Variable;
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

    @Test
    void addedLossesAreListedInOrder() {
        try (ForwardPass pass = new ForwardPass(backend, true, new SeededRandom(1))) {
            Variable first = pass.tape().scalar(1);
            Variable second = pass.tape().scalar(2);
            pass.addLoss(first);
            pass.addLoss(second);
            assertEquals(List.of(first, second), pass.losses());
        }
    }

    @Test
    void addLossRejectsANonScalar() {
        Tensor vector = backend.fromHost(NDArray.of(new float[] {1, 2}));
        try (ForwardPass pass = new ForwardPass(backend, true, new SeededRandom(1))) {
            Variable variable = pass.tape().constant(vector);
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> pass.addLoss(variable));
            assertEquals("scalar must be a rank-0 variable. Received: shape [2]", e.getMessage());
            assertTrue(pass.losses().isEmpty());
        }
    }

    @Test
    void layersAreTrainableUntilToldOtherwise() {
        Dense dense = new Dense(2);
        assertTrue(dense.trainable());
        dense.setTrainable(false);
        assertFalse(dense.trainable());
    }
}
