package org.jkeras.engine;

import org.jkeras.FitOptions;

/** The checks of {@link FitOptions} that need no data, made before {@code fit} changes anything. */
final class FitChecks {

    private FitChecks() {}

    static void check(FitOptions options) {
        DataChecks.requireOptions(options);
        DataChecks.requirePositive("batchSize", options.batchSize());
        DataChecks.requireVerbose(options.verbose());
        if (options.initialEpoch() < 0) {
            throw new IllegalArgumentException(
                    "initialEpoch must be non-negative. Received: " + options.initialEpoch());
        }
        if (!(options.validationSplit() >= 0 && options.validationSplit() < 1)) {
            throw new IllegalArgumentException(
                    "validationSplit must be in [0, 1). Received: " + options.validationSplit());
        }
        if (options.shuffle() == null) {
            throw new IllegalArgumentException(
                    "shuffle must be TRUE, FALSE or BATCH. Received: null");
        }
        DataChecks.requirePositiveOrNull("stepsPerEpoch", options.stepsPerEpoch());
        DataChecks.requirePositiveOrNull("validationSteps", options.validationSteps());
        if (options.validationSteps() != null && options.stepsPerEpoch() == null) {
            throw new IllegalArgumentException(
                    "validationSteps can only be used with stepsPerEpoch, for step-wise training."
                            + " Received: validationSteps "
                            + options.validationSteps()
                            + " without stepsPerEpoch");
        }
    }

    /**
     * Checks, as Keras 2.2.4 does, that step-wise training with validation says how many validation
     * steps to run.
     */
    static void checkStepwiseValidation(FitOptions options, boolean validates) {
        if (options.stepsPerEpoch() != null && validates && options.validationSteps() == null) {
            throw new IllegalArgumentException(
                    "validationSteps must be set to validate during step-wise training with"
                            + " stepsPerEpoch "
                            + options.stepsPerEpoch()
                            + ". Received: null");
        }
    }
}
