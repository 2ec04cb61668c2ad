/**
 * The batches of {@code fitGenerator}, {@code evaluateGenerator} and {@code predictGenerator}: a
 * {@link org.jkeras.Sequence} or a plain generator read on the calling thread or ahead by worker
 * threads into a bounded queue, in order, with the generator's exceptions, its early end and
 * interruption turned into the call's errors, and every worker joined when the call ends.
 */
package org.jkeras.generators;
