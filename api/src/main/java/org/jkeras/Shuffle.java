package org.jkeras;

/** How {@code fit} orders samples each epoch: Keras's {@code shuffle=True/False/'batch'}. */
public enum Shuffle {
    /** Visit samples in a new random order every epoch (Keras's default). */
    TRUE,
    /** Visit samples in their given order. */
    FALSE,
    /** Shuffle batch-sized chunks, keeping each chunk's samples together. */
    BATCH
}
