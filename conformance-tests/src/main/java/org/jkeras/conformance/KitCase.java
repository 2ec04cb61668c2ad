package org.jkeras.conformance;

import java.util.Objects;

/**
 * One check of the kit.
 *
 * @param id the stable identifier a gaps file names, such as {@code binary.ADD.broadcast-row-col}
 * @param op the operation checked, such as {@code binary.ADD} or {@code matmul}
 * @param body the check itself
 */
record KitCase(String id, String op, Body body) {

    /** A check that may throw anything; an assertion error is a failure. */
    @FunctionalInterface
    interface Body {
        /** Runs the check. */
        void run() throws Throwable;
    }

    KitCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(body, "body");
    }

    /** Returns the group the report lists this case under: the id up to its first dot. */
    String group() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
