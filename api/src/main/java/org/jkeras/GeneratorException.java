package org.jkeras;

/**
 * Thrown by {@code fitGenerator}, {@code evaluateGenerator} and {@code predictGenerator} when the
 * user's generator or {@link Sequence} throws. The message names the call and the step; {@link
 * #getCause()} is the exception the generator threw, unchanged, whichever thread it was thrown on.
 */
public final class GeneratorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the step and the generator's exception. */
    public GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
