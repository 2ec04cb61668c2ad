/**
 * The ND4J backend: the jkeras SPI on ND4J's native arrays, libnd4j's kernels and OpenBLAS on the
 * CPU, or CUDA when ND4J's CUDA artifact replaces the native one.
 */
package org.jkeras.backend.nd4j;
