package org.jkeras.backend.cpu.matmul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FallbackTest {

    /**
     * Prints the kernel in use and two elements of a product large enough to leave the simple loop,
     * for the child JVM that lacks the vector module.
     */
    static final class KernelProbe {

        private KernelProbe() {}

        public static void main(String[] args) {
            int size = 80;
            float[] a = new float[size * size];
            float[] b = new float[size * size];
            Arrays.fill(a, 1f);
            Arrays.fill(b, 0.5f);
            float[] c = new float[size * size];
            Gemm.multiply(a, b, c, size, size, size, false, true);
            System.out.println(Gemm.kernel() + " " + c[0] + " " + c[c.length - 1]);
        }
    }

    private static String probeOutput;

    @BeforeAll
    static void runTheProbeWithoutTheVectorModule() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process =
                new ProcessBuilder(
                                List.of(
                                        java,
                                        "-cp",
                                        System.getProperty("java.class.path"),
                                        KernelProbe.class.getName()))
                        .redirectErrorStream(true)
                        .start();
        probeOutput = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe JVM did not exit");
    }

    @Test
    void withoutTheVectorModuleTheScalarKernelComputesTheProduct() {
        assertTrue(probeOutput.contains("scalar 40.0 40.0"), probeOutput);
    }

    @Test
    void withoutTheVectorModuleTheFlagIsLoggedExactlyOnce() {
        String hint =
                "add --add-modules jdk.incubator.vector to the java command for the fast matmul";
        int first = probeOutput.indexOf(hint);

        assertTrue(first >= 0, probeOutput);
        assertEquals(first, probeOutput.lastIndexOf(hint), probeOutput);
    }
}
