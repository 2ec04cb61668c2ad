package org.jkeras.backend.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The optimizer updates that move a parameter into a TensorFlow resource variable: values read out
 * between updates must not change under later updates, and an assign takes the tensor back out.
 */
class TrainingKernelsTest {

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = new DjlTfBackendProvider().create();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    @Test
    void sgdWithoutMomentumSubtractsTheScaledGradient() {
        try (Tensor param = floats(1, 2, 3);
                Tensor grad = floats(10, 20, 30)) {
            backend.sgdUpdate(param, grad, null, 0.5, 0, false);
            assertArrayEquals(new float[] {-4, -8, -12}, values(param));
        }
    }

    @Test
    void aCopyTakenBetweenUpdatesKeepsItsValues() {
        try (Tensor param = floats(1, 2, 3);
                Tensor grad = floats(1, 1, 1);
                Tensor snapshot = floats(0, 0, 0)) {
            backend.sgdUpdate(param, grad, null, 1, 0, false);
            backend.assign(snapshot, param);
            try (Tensor reshaped = backend.reshape(param, new int[] {3, 1})) {
                backend.sgdUpdate(param, grad, null, 1, 0, false);
                assertArrayEquals(new float[] {0, 1, 2}, values(snapshot));
                assertArrayEquals(new float[] {0, 1, 2}, values(reshaped));
                assertArrayEquals(new float[] {-1, 0, 1}, values(param));
            }
        }
    }

    @Test
    void assignAfterAnUpdateReplacesTheVariablesValue() {
        try (Tensor param = floats(1, 2, 3);
                Tensor grad = floats(1, 1, 1);
                Tensor fresh = floats(7, 8, 9)) {
            backend.sgdUpdate(param, grad, null, 1, 0, false);
            backend.assign(param, fresh);
            backend.sgdUpdate(param, grad, null, 1, 0, false);
            assertArrayEquals(new float[] {6, 7, 8}, values(param));
            assertArrayEquals(new float[] {7, 8, 9}, values(fresh));
        }
    }

    @Test
    void adamStepsMatchKerasFormulas() {
        try (Tensor param = floats(1, -2);
                Tensor grad = floats(0.5f, -4);
                Tensor m = floats(0, 0);
                Tensor v = floats(0, 0)) {
            backend.adamUpdate(param, grad, m, v, null, 0.1, 0.9, 0.999, 1e-7);
            float[] expectedM = {0.05f, -0.4f};
            float[] expectedV = {0.00025f, 0.016f};
            assertArrayEquals(expectedM, values(m), 1e-7f);
            // TensorFlow forms 1 - beta2 in float32 (as Keras on TensorFlow does): 1e-6 apart.
            assertArrayEquals(expectedV, values(v), 1e-6f);
            float[] newM = values(m);
            float[] newV = values(v);
            float[] expectedParam = new float[2];
            float[] start = {1, -2};
            for (int i = 0; i < 2; i++) {
                double step = 0.1 * newM[i] / (Math.sqrt(newV[i]) + 1e-7);
                expectedParam[i] = (float) (start[i] - step);
            }
            assertArrayEquals(expectedParam, values(param), 1e-6f);
        }
    }

    @Test
    void rmspropStepsMatchKerasFormulasOverTwoSteps() {
        try (Tensor param = floats(1, -2);
                Tensor first = floats(0.5f, -4);
                Tensor second = floats(-1, 3);
                Tensor accumulator = floats(0, 0)) {
            double[] p = {1, -2};
            double[] a = {0, 0};
            for (Tensor grad : new Tensor[] {first, second}) {
                float[] g = values(grad);
                backend.rmspropUpdate(param, grad, accumulator, 0.01, 0.9, 1e-7);
                for (int i = 0; i < 2; i++) {
                    a[i] = 0.9 * a[i] + 0.1 * g[i] * g[i];
                    p[i] -= 0.01 * g[i] / (Math.sqrt(a[i]) + 1e-7);
                }
                float[] accumulated = values(accumulator);
                float[] updated = values(param);
                for (int i = 0; i < 2; i++) {
                    assertEquals(a[i], accumulated[i], 1e-5 * Math.abs(a[i]));
                    assertEquals(p[i], updated[i], 1e-6);
                }
            }
        }
    }

    @Test
    void aClosedParameterIsRejectedByTheUpdate() {
        Tensor param = floats(1, 2);
        Tensor grad = floats(1, 1);
        backend.sgdUpdate(param, grad, null, 1, 0, false);
        param.close();
        assertThrows(
                IllegalStateException.class,
                () -> backend.sgdUpdate(param, grad, null, 1, 0, false));
        grad.close();
    }

    private static Tensor floats(float... values) {
        return backend.fromHost(NDArray.of(values));
    }

    private static float[] values(Tensor tensor) {
        return backend.toHost(tensor).toFloatArray();
    }
}
