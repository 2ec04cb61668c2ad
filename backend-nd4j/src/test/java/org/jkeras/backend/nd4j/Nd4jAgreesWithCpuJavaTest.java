package org.jkeras.backend.nd4j;

import org.jkeras.backend.cpu.CpuJavaBackendProvider;
import org.jkeras.conformance.CrossBackendKit;
import org.jkeras.spi.BackendProvider;

/** Checks that the ND4J backend and the pure-Java one agree on ops, gradients and training. */
class Nd4jAgreesWithCpuJavaTest extends CrossBackendKit {

    @Override
    protected BackendProvider candidate() {
        return new Nd4jBackendProvider();
    }

    @Override
    protected BackendProvider baseline() {
        return new CpuJavaBackendProvider();
    }
}
