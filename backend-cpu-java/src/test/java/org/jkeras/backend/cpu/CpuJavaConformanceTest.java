package org.jkeras.backend.cpu;

import org.jkeras.conformance.BackendConformanceKit;
import org.jkeras.spi.BackendProvider;

/** Runs the jkeras conformance kit against the pure-Java backend. */
class CpuJavaConformanceTest extends BackendConformanceKit {

    @Override
    protected BackendProvider provider() {
        return new CpuJavaBackendProvider();
    }
}
