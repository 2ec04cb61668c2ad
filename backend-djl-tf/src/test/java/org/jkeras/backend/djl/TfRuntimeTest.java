package org.jkeras.backend.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The eager context's configuration and device report. */
class TfRuntimeTest {

    @Test
    void theCpuPropertyHidesEveryGpu() {
        String previous = System.setProperty(TfRuntime.DEVICE_PROPERTY, "cpu");
        try {
            assertEquals(0, TfRuntime.config().getDeviceCountOrThrow("GPU"));
        } finally {
            if (previous == null) {
                System.clearProperty(TfRuntime.DEVICE_PROPERTY);
            } else {
                System.setProperty(TfRuntime.DEVICE_PROPERTY, previous);
            }
        }
    }

    @Test
    void withoutThePropertyGpusAreLeftToTensorFlow() {
        assertFalse(TfRuntime.config().containsDeviceCount("GPU"));
    }

    @Test
    void theDeviceReportNamesWhereOpsRun() {
        TfRuntime runtime = TfRuntime.get();
        String expected = runtime.onGpu() ? "gpu /job:localhost" : "cpu (TensorFlow 2.10.1)";
        assertTrue(runtime.device().startsWith(expected), runtime.device());
    }
}
