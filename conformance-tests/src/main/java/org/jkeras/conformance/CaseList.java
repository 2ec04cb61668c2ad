package org.jkeras.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Collects the kit's cases in the order the report lists them. */
final class CaseList {

    /** The body of a case, given a scope that closes the case's tensors afterwards. */
    @FunctionalInterface
    interface ScopedBody {
        /** Runs the check. */
        void run(Scope scope) throws Throwable;
    }

    private final List<KitCase> cases = new ArrayList<>();

    /** Adds a case; its tensors are closed when it ends, whether it passes or not. */
    void add(String id, String op, ScopedBody body) {
        cases.add(
                new KitCase(
                        id,
                        op,
                        () -> {
                            try (Scope scope = new Scope()) {
                                body.run(scope);
                            }
                        }));
    }

    List<KitCase> cases() {
        return List.copyOf(cases);
    }

    /** Returns a generator seeded by the case id, so each case draws the same numbers each run. */
    static SplittableRandom random(String id) {
        return new SplittableRandom(id.hashCode());
    }
}
