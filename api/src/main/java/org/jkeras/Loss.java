package org.jkeras;

/**
 * An objective the model minimises, such as {@code categorical_crossentropy}: a function of the
 * targets and predictions giving one value per sample, averaged (with sample weights) by the engine
 * as Keras 2.2 does.
 */
public interface Loss {

    /** Returns the Keras name of the loss, such as {@code mean_squared_error}. */
    String name();
}
