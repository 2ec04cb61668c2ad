package org.jkeras.engine;

import org.jkeras.EvaluateGeneratorOptions;
import org.jkeras.FitGeneratorOptions;
import org.jkeras.PredictGeneratorOptions;
import org.jkeras.generators.StreamSettings;

/**
 * The checks of the generator methods' options that need no generator, made before anything
 * changes; each failure is an {@link IllegalArgumentException} naming the option.
 */
final class GeneratorChecks {

    private GeneratorChecks() {}

    /** Checks fitGenerator's options and returns its stream settings. */
    static StreamSettings checkFit(FitGeneratorOptions options) {
        DataChecks.requireOptions(options);
        DataChecks.requireVerbose(options.verbose());
        if (options.initialEpoch() < 0) {
            throw new IllegalArgumentException(
                    "initialEpoch must be non-negative. Received: " + options.initialEpoch());
        }
        if (options.callbacks() == null) {
            throw new IllegalArgumentException(
                    "callbacks must be a list, empty for none. Received: null");
        }
        DataChecks.requirePositiveOrNull("stepsPerEpoch", options.stepsPerEpoch());
        DataChecks.requirePositiveOrNull("validationSteps", options.validationSteps());
        boolean validationGenerator =
                options.validationSequence() != null || options.validationGenerator() != null;
        if (options.validationSteps() != null && !validationGenerator) {
            throw new IllegalArgumentException(
                    "validationSteps counts the batches of a validation Sequence or generator;"
                            + " validation arrays are evaluated whole. Received: validationSteps "
                            + options.validationSteps()
                            + (options.validationData() == null
                                    ? " without validationData"
                                    : " with validation arrays"));
        }
        return new StreamSettings(
                options.workers(), options.maxQueueSize(), options.useMultiprocessing());
    }

    /** Checks evaluateGenerator's options and returns its stream settings. */
    static StreamSettings checkEvaluate(EvaluateGeneratorOptions options) {
        DataChecks.requireOptions(options);
        DataChecks.requireVerbose(options.verbose());
        DataChecks.requirePositiveOrNull("steps", options.steps());
        return new StreamSettings(
                options.workers(), options.maxQueueSize(), options.useMultiprocessing());
    }

    /** Checks predictGenerator's options and returns its stream settings. */
    static StreamSettings checkPredict(PredictGeneratorOptions options) {
        DataChecks.requireOptions(options);
        DataChecks.requireVerbose(options.verbose());
        DataChecks.requirePositiveOrNull("steps", options.steps());
        return new StreamSettings(
                options.workers(), options.maxQueueSize(), options.useMultiprocessing());
    }
}
