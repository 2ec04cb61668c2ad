/**
 * Keras's datasets, read from files on local disk into {@link org.jkeras.ndarray.NDArray}s: {@link
 * org.jkeras.datasets.Mnist}, and {@link org.jkeras.datasets.Labels#toCategorical}, Keras's one-hot
 * utility. {@link org.jkeras.datasets.Mnist#loadData()} downloads the canonical files into a cache,
 * checked against their SHA-256; {@link org.jkeras.datasets.Mnist#loadEmbedded()} reads the test
 * set the jar carries.
 */
package org.jkeras.datasets;
