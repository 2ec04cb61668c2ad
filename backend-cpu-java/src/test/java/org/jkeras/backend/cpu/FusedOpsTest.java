package org.jkeras.backend.cpu;

import static org.jkeras.backend.cpu.Fixtures.floats;
import static org.jkeras.backend.cpu.Fixtures.random;
import static org.jkeras.backend.cpu.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fused op against the SPI default composed from the same backend's core ops. */
class FusedOpsTest {

    private static final float TOLERANCE = 1e-6f;

    private final CpuBackend fused = new CpuBackend();
    private final Backend reference = new CoreOnlyBackend(fused);

    @Test
    void denseWithBiasMatchesTheDefault() {
        Tensor x = floats(fused, random(4 * 3 * 5, 1), 4, 3, 5);
        Tensor kernel = floats(fused, random(5 * 6, 2), 5, 6);
        Tensor bias = floats(fused, random(6, 3), 6);

        Tensor actual = fused.dense(x, kernel, bias);
        Tensor expected = reference.dense(x, kernel, bias);

        assertArrayEquals(new int[] {4, 3, 6}, actual.shape());
        assertArrayEquals(values(fused, expected), values(fused, actual), TOLERANCE);
    }

    @Test
    void denseWithoutBiasMatchesTheDefault() {
        Tensor x = floats(fused, random(7 * 5, 4), 7, 5);
        Tensor kernel = floats(fused, random(5 * 2, 5), 5, 2);

        assertArrayEquals(
                values(fused, reference.dense(x, kernel, null)),
                values(fused, fused.dense(x, kernel, null)),
                TOLERANCE);
    }

    @Test
    void largeDenseSplitAcrossThreadsMatchesTheDefault() {
        Tensor x = floats(fused, random(256 * 100, 6), 256, 100);
        Tensor kernel = floats(fused, random(100 * 300, 7), 100, 300);
        Tensor bias = floats(fused, random(300, 8), 300);

        assertArrayEquals(
                values(fused, reference.dense(x, kernel, bias)),
                values(fused, fused.dense(x, kernel, bias)),
                1e-5f);
    }

    @Test
    void denseRejectsABiasOfTheWrongLength() {
        Tensor x = floats(fused, random(10, 1), 2, 5);
        Tensor kernel = floats(fused, random(15, 2), 5, 3);
        Tensor bias = floats(fused, random(4, 3), 4);

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> fused.dense(x, kernel, bias));

        assertEquals("dense: bias must have shape [3]. Received: [4]", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, -1})
    void softmaxMatchesTheDefaultAlongEveryAxis(int axis) {
        Tensor x = floats(fused, scaled(random(3 * 4 * 5, 9), 10), 3, 4, 5);

        assertArrayEquals(
                values(fused, reference.softmax(x, axis)),
                values(fused, fused.softmax(x, axis)),
                TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, -1})
    void logSoftmaxMatchesTheDefaultAlongEveryAxis(int axis) {
        Tensor x = floats(fused, scaled(random(3 * 4 * 5, 10), 10), 3, 4, 5);

        assertArrayEquals(
                values(fused, reference.logSoftmax(x, axis)),
                values(fused, fused.logSoftmax(x, axis)),
                1e-5f);
    }

    @Test
    void softmaxOfHugeLogitsStaysFinite() {
        Tensor x = floats(fused, new float[] {1000, 1000, -1000}, 3);

        assertArrayEquals(new float[] {0.5f, 0.5f, 0}, values(fused, fused.softmax(x, 0)));
    }

    @Test
    void softmaxSpreadsNaNOverItsLine() {
        Tensor x = floats(fused, new float[] {1, Float.NaN, 2, 3}, 2, 2);

        float[] out = values(fused, fused.softmax(x, 1));

        assertTrue(Float.isNaN(out[0]) && Float.isNaN(out[1]));
        assertEquals(1f, out[2] + out[3], 1e-6f);
    }

    @Test
    void softmaxCrossEntropyMatchesTheDefault() {
        Tensor logits = floats(fused, scaled(random(6 * 4 * 7, 11), 5), 6, 4, 7);
        Tensor labels = fused.softmax(floats(fused, random(6 * 4 * 7, 12), 6, 4, 7), -1);

        Tensor actual = fused.softmaxCrossEntropy(logits, labels);

        assertArrayEquals(new int[] {6, 4}, actual.shape());
        assertArrayEquals(
                values(fused, reference.softmaxCrossEntropy(logits, labels)),
                values(fused, actual),
                1e-5f);
    }

    @Test
    void softmaxCrossEntropyRejectsLabelsOfAnotherShape() {
        Tensor logits = floats(fused, random(6, 1), 2, 3);
        Tensor labels = floats(fused, random(3, 2), 3);

        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> fused.softmaxCrossEntropy(logits, labels));

        assertEquals(
                "softmaxCrossEntropy: labels must have shape [2, 3]. Received: [3]",
                error.getMessage());
    }

    @Test
    void plainSgdMatchesTheDefault() {
        float[] param = random(50, 13);
        float[] grad = random(50, 14);

        float[] actual = sgd(fused, param, grad, false, false);
        float[] expected = sgd(reference, param, grad, false, false);

        assertArrayEquals(expected, actual);
    }

    @Test
    void momentumSgdMatchesTheDefault() {
        float[] param = random(50, 15);
        float[] grad = random(50, 16);

        assertArrayEquals(
                sgd(reference, param, grad, true, false), sgd(fused, param, grad, true, false));
    }

    @Test
    void nesterovSgdMatchesTheDefault() {
        float[] param = random(50, 17);
        float[] grad = random(50, 18);

        assertArrayEquals(
                sgd(reference, param, grad, true, true), sgd(fused, param, grad, true, true));
    }

    /** Runs three SGD steps and returns the parameter followed by the velocity. */
    private static float[] sgd(
            Backend backend, float[] param, float[] grad, boolean momentum, boolean nesterov) {
        Tensor p = floats(backend, param, 5, 10);
        Tensor g = floats(backend, grad, 5, 10);
        Tensor v = momentum ? floats(backend, new float[50], 5, 10) : null;
        for (int step = 0; step < 3; step++) {
            backend.sgdUpdate(p, g, v, 0.01, momentum ? 0.9 : 0, nesterov);
        }
        float[] velocity = v == null ? new float[0] : values(backend, v);
        return concat(values(backend, p), velocity);
    }

    @Test
    void rmspropMatchesTheDefault() {
        float[] param = random(70_000, 19);
        float[] grad = random(70_000, 20);

        assertArrayEquals(rmsprop(reference, param, grad), rmsprop(fused, param, grad), 1e-7f);
    }

    private static float[] rmsprop(Backend backend, float[] param, float[] grad) {
        Tensor p = floats(backend, param, param.length);
        Tensor g = floats(backend, grad, grad.length);
        Tensor a = floats(backend, new float[param.length], param.length);
        for (int step = 0; step < 3; step++) {
            backend.rmspropUpdate(p, g, a, 0.001, 0.9, 1e-7);
        }
        return concat(values(backend, p), values(backend, a));
    }

    @Test
    void adamMatchesTheDefault() {
        float[] param = random(70_000, 21);
        float[] grad = random(70_000, 22);

        assertArrayEquals(
                adam(reference, param, grad, false), adam(fused, param, grad, false), 1e-7f);
    }

    @Test
    void amsgradMatchesTheDefault() {
        float[] param = random(300, 23);
        float[] grad = random(300, 24);

        assertArrayEquals(
                adam(reference, param, grad, true), adam(fused, param, grad, true), 1e-7f);
    }

    /** Runs three Adam steps with gradients that change sign; returns p, m, v and vHat. */
    private static float[] adam(Backend backend, float[] param, float[] grad, boolean amsgrad) {
        int n = param.length;
        Tensor p = floats(backend, param, n);
        Tensor m = floats(backend, new float[n], n);
        Tensor v = floats(backend, new float[n], n);
        Tensor vHat = amsgrad ? floats(backend, new float[n], n) : null;
        for (int step = 1; step <= 3; step++) {
            float[] signed = grad.clone();
            for (int i = 0; i < n; i++) {
                signed[i] *= step % 2 == 0 ? -0.5f : 1;
            }
            Tensor g = floats(backend, signed, n);
            double lrT = 0.001 * Math.sqrt(1 - Math.pow(0.999, step)) / (1 - Math.pow(0.9, step));
            backend.adamUpdate(p, g, m, v, vHat, lrT, 0.9, 0.999, 1e-7);
        }
        float[] maxSecond = vHat == null ? new float[0] : values(backend, vHat);
        return concat(
                concat(values(backend, p), values(backend, m)),
                concat(values(backend, v), maxSecond));
    }

    @Test
    void optimizerUpdateRejectsAGradientOfAnotherShape() {
        Tensor p = floats(fused, new float[4], 4);
        Tensor g = floats(fused, new float[4], 2, 2);

        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> fused.sgdUpdate(p, g, null, 0.1, 0, false));

        assertEquals("sgdUpdate: grad must have shape [4]. Received: [2, 2]", error.getMessage());
    }

    private static float[] scaled(float[] values, float factor) {
        float[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
