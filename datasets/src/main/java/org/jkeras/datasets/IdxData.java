package org.jkeras.datasets;

/**
 * The content of an IDX file of unsigned bytes: its dimensions as the header gives them, and its
 * elements in row-major order (read them with {@code & 0xFF}).
 */
record IdxData(int[] dims, byte[] data) {

    /** Returns the number of items, the first dimension. */
    int count() {
        return dims[0];
    }

    /**
     * Returns the number of elements of one item: the product of the dimensions after the first.
     */
    int itemSize() {
        int size = 1;
        for (int i = 1; i < dims.length; i++) {
            size *= dims[i];
        }
        return size;
    }
}
