/**
 * Keras's array utilities on host arrays ({@code to_categorical}, {@code normalize}), shared by
 * user code, the engine and the datasets.
 */
package org.jkeras.utils;
