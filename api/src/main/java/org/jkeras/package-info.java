/**
 * The user-facing contracts of jkeras: {@link org.jkeras.Sequential} and what it is built from
 * ({@link org.jkeras.Layer}, {@link org.jkeras.Optimizer}, {@link org.jkeras.Loss}, {@link
 * org.jkeras.Metric}, {@link org.jkeras.Callback}), and the immutable options values that stand for
 * Keras's keyword arguments. The engine module implements them.
 */
package org.jkeras;
