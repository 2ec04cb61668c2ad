package org.jkeras.backend.djl;

import org.jkeras.conformance.BackendConformanceKit;
import org.jkeras.spi.BackendProvider;

/** Runs the jkeras conformance kit against the TensorFlow backend. */
class DjlTfConformanceTest extends BackendConformanceKit {

    @Override
    protected BackendProvider provider() {
        return new DjlTfBackendProvider();
    }
}
