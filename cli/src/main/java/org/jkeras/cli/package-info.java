/**
 * The {@code jkeras} command line: {@code backends} lists the backends found, {@code train} trains
 * one of the examples with the Keras progress bar, and {@code compare} trains one example with the
 * same seed on several backends and reports where their trajectories part.
 */
package org.jkeras.cli;
