package org.jkeras;

/**
 * A quantity reported while training and evaluating but not optimised, such as accuracy. A metric
 * is stateful over an epoch: the engine accumulates it batch by batch and resets it at the start of
 * each epoch and each evaluation.
 */
public interface Metric {

    /** Returns the name results are reported under, as the user wrote it. */
    String name();
}
