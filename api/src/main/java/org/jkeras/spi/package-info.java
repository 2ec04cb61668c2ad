/**
 * The backend service provider interface: {@link org.jkeras.spi.Backend} and its opaque {@link
 * org.jkeras.spi.Tensor}, the op enums, {@link org.jkeras.spi.BackendProvider} for discovery
 * through {@link java.util.ServiceLoader}, and {@link org.jkeras.spi.Backends}, which picks one. A
 * backend vendor implements these and nothing else.
 */
package org.jkeras.spi;
