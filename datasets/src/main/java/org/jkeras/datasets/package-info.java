/**
 * Keras's datasets, read from files on local disk into {@link org.jkeras.ndarray.NDArray}s: {@link
 * org.jkeras.datasets.Mnist}, and {@link org.jkeras.datasets.Labels#toCategorical}, Keras's one-hot
 * utility. Nothing here downloads; the files are the ones Keras itself fetches.
 */
package org.jkeras.datasets;
