package org.jkeras.datasets;

/** How a dataset's images are shaped when loaded. */
public enum ImageLayout {

    /** One row of {@code rows * cols} pixels per image: {@code [n, 784]} for MNIST. */
    FLAT,

    /**
     * One {@code rows x cols} matrix per image, as Keras's {@code load_data}: {@code [n, 28, 28]}.
     */
    GRID
}
