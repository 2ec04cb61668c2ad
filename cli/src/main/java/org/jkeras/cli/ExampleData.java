package org.jkeras.cli;

import org.jkeras.ValidationData;
import org.jkeras.ndarray.NDArray;

/**
 * The arrays an example trains and tests on, and a sentence saying where they came from.
 *
 * @param trainX training inputs
 * @param trainY training targets, one-hot
 * @param testX held-out inputs
 * @param testY held-out targets, one-hot
 * @param description where the data came from, printed before training
 */
record ExampleData(
        NDArray trainX, NDArray trainY, NDArray testX, NDArray testY, String description) {

    ValidationData validation() {
        return ValidationData.of(testX, testY);
    }
}
