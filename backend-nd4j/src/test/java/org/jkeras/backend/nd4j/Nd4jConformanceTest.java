package org.jkeras.backend.nd4j;

import org.jkeras.conformance.BackendConformanceKit;
import org.jkeras.spi.BackendProvider;

/** Runs the jkeras conformance kit against the ND4J backend. */
class Nd4jConformanceTest extends BackendConformanceKit {

    @Override
    protected BackendProvider provider() {
        return new Nd4jBackendProvider();
    }
}
