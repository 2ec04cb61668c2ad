package org.jkeras.allbackends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendInfo;
import org.jkeras.spi.Backends;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.Test;

/** Discovery on this module's classpath finds every landed backend, and each of them runs. */
class AllBackendsListedTest {

    private static final List<String> NAMES = List.of("cpu-java", "djl-tf", "nd4j");

    @Test
    void everyBackendIsFoundAndAvailable() {
        Map<String, BackendInfo> found =
                Backends.list().stream()
                        .collect(Collectors.toMap(BackendInfo::name, Function.identity()));

        assertEquals(NAMES, found.keySet().stream().sorted().toList());
        for (String name : NAMES) {
            assertTrue(found.get(name).availability().available(), found.get(name).toString());
        }
    }

    @Test
    void eachBackendMultipliesTheSameMatrices() {
        NDArray a = NDArray.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
        NDArray b = NDArray.of(new float[][] {{1, 0}, {0, 1}, {2, -1}});
        float[][] expected = {{7, -1}, {16, -1}};

        for (String name : NAMES) {
            try (Backend backend = Backends.create(name);
                    Tensor ta = backend.fromHost(a);
                    Tensor tb = backend.fromHost(b);
                    Tensor product = backend.matmul(ta, tb, false, false)) {
                float[][] actual = backend.toHost(product).toFloatMatrix();
                for (int row = 0; row < expected.length; row++) {
                    assertEquals(
                            Arrays.toString(expected[row]),
                            Arrays.toString(actual[row]),
                            name + ", row " + row);
                }
            }
        }
    }
}
