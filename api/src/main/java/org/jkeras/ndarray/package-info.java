/**
 * Host-side arrays: {@link org.jkeras.ndarray.NDArray}, the data users pass in and get back, and
 * the shape rules ({@link org.jkeras.ndarray.Shapes}) every backend shares.
 */
package org.jkeras.ndarray;
