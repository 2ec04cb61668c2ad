package org.jkeras;

/**
 * An update rule for a model's weights, such as SGD or RMSprop, with its hyperparameters.
 *
 * <p>Optimizers are picked by Keras name ({@code "sgd"}, {@code "rmsprop"}, ...) in {@link
 * Sequential#compile(String, String, java.util.List)} or built with their own options through the
 * engine's optimizer classes. An optimizer instance keeps per-weight state (momentum, accumulators)
 * and belongs to one model.
 */
public interface Optimizer {

    /** Returns the Keras name of the rule, such as {@code sgd}. */
    String name();

    /** Returns the base learning rate, Keras's {@code lr}. */
    double learningRate();
}
