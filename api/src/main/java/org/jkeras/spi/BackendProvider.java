package org.jkeras.spi;

/**
 * The entry point of a backend, found with {@link java.util.ServiceLoader}. A backend jar lists its
 * implementation in {@code META-INF/services/org.jkeras.spi.BackendProvider}.
 *
 * <p>Every method but {@link #create()} must be cheap and free of side effects: discovery calls
 * them on every provider on the classpath, including ones the user will not pick. In particular
 * {@link #availability()} may probe for a native library but must not keep it loaded on failure,
 * print, or start threads.
 */
public interface BackendProvider {

    /** Returns the unique short name users pick the backend by, such as {@code cpu-java}. */
    String name();

    /** Returns the version of the backend and the library under it. */
    String version();

    /** Returns the device computations run on, such as {@code cpu (2 threads)}. */
    String device();

    /**
     * Returns the preference of this backend when the user names none: the available provider with
     * the highest rank is chosen, ties broken by name.
     */
    int rank();

    /** Returns whether this backend can run here, and why not. */
    Availability availability();

    /**
     * Creates the backend.
     *
     * @throws IllegalStateException if the backend is unavailable
     */
    Backend create();
}
