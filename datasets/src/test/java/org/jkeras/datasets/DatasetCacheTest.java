package org.jkeras.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where datasets are cached, and which mirror they come from. */
class DatasetCacheTest {

    @Test
    void cachesUnderJkerasHomeWhenTheVariableIsSet() {
        Path folder = DatasetCache.folder(Map.of("JKERAS_HOME", "/opt/jk")::get, "/home/ada");
        assertEquals(Path.of("/opt/jk", "datasets"), folder);
    }

    @Test
    void cachesUnderDotJkerasInTheUserHomeByDefault() {
        Path folder = DatasetCache.folder(name -> null, "/home/ada");
        assertEquals(Path.of("/home/ada", ".jkeras", "datasets"), folder);
    }

    @Test
    void mirrorComesFromTheSystemPropertyFirst() {
        URI mirror =
                MnistMirror.configured(
                        Map.of(MnistMirror.PROPERTY, "http://a/")::get,
                        Map.of(MnistMirror.VARIABLE, "http://b/")::get);
        assertEquals(URI.create("http://a/"), mirror);
    }

    @Test
    void mirrorComesFromTheEnvironmentWhenThePropertyIsUnset() {
        URI mirror =
                MnistMirror.configured(
                        name -> null, Map.of(MnistMirror.VARIABLE, "http://b/")::get);
        assertEquals(URI.create("http://b/"), mirror);
    }

    @Test
    void mirrorDefaultsToTensorFlowsCopyOfTheCanonicalFiles() {
        URI mirror = MnistMirror.configured(name -> null, name -> null);
        assertEquals(URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/"), mirror);
    }
}
