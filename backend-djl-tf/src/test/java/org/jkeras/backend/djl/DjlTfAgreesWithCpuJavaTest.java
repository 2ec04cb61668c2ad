package org.jkeras.backend.djl;

import org.jkeras.backend.cpu.CpuJavaBackendProvider;
import org.jkeras.conformance.CrossBackendKit;
import org.jkeras.spi.BackendProvider;

/**
 * Runs the cross-backend kit: the TensorFlow backend's ops, tape gradients and a seeded 3-epoch MLP
 * training run against the pure-Java backend.
 */
class DjlTfAgreesWithCpuJavaTest extends CrossBackendKit {

    @Override
    protected BackendProvider candidate() {
        return new DjlTfBackendProvider();
    }

    @Override
    protected BackendProvider baseline() {
        return new CpuJavaBackendProvider();
    }
}
