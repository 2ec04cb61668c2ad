package org.jkeras.engine;

import org.jkeras.spi.Backend;
import org.jkeras.spi.Backends;

/**
 * Finds the backend a new model computes on. The one place the engine asks for a backend, so the
 * choice of discovery rules stays in {@link Backends}.
 */
final class BackendSource {

    private BackendSource() {}

    /**
     * Creates the backend called {@code name}, or the discovered one when {@code name} is null: the
     * system property {@code jkeras.backend}, the environment variable {@code JKERAS_BACKEND},
     * {@code ~/.jkeras/jkeras.json}, else the available provider of highest rank.
     *
     * @throws IllegalArgumentException if no provider has that name
     * @throws IllegalStateException if the backend is unavailable, or none is on the classpath
     */
    static Backend create(String name) {
        return Backends.create(name);
    }
}
