package org.jkeras.conformance;

import org.jkeras.spi.BackendProvider;

/**
 * Runs the whole kit, as a vendor would, against the reference backend: every case the kit holds
 * must be passable.
 */
class ReferenceBackendConformanceTest extends BackendConformanceKit {

    @Override
    protected BackendProvider provider() {
        return new ReferenceBackendProvider();
    }

    @Override
    protected String gapsResource() {
        return "reference-backend-gaps.txt";
    }
}
