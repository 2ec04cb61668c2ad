package org.jkeras.initializers;

import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;

/** Draws the starting values of a weight, as a Keras initializer does. */
public interface Initializer {

    /** Returns the Keras name, such as {@code glorot_uniform}. */
    String name();

    /** Returns a float32 array of {@code shape}, drawing any randomness from {@code random}. */
    NDArray generate(int[] shape, SeededRandom random);
}
