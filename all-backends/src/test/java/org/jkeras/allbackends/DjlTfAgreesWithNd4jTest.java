package org.jkeras.allbackends;

import org.jkeras.backend.djl.DjlTfBackendProvider;
import org.jkeras.backend.nd4j.Nd4jBackendProvider;
import org.jkeras.conformance.CrossBackendKit;
import org.jkeras.spi.BackendProvider;

/**
 * The two native backends in one JVM, on the one JavaCPP this module picks: TensorFlow and ND4J
 * load side by side and agree on ops, gradients and training, as each does with cpu-java in its own
 * module.
 */
class DjlTfAgreesWithNd4jTest extends CrossBackendKit {

    @Override
    protected BackendProvider candidate() {
        return new DjlTfBackendProvider();
    }

    @Override
    protected BackendProvider baseline() {
        return new Nd4jBackendProvider();
    }
}
