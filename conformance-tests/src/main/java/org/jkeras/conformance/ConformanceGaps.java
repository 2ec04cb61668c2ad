package org.jkeras.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cases a backend declares it does not pass, with a reason each: read from lines of the form
 * {@code case-id | reason}. Blank lines and lines starting with {@code #} are ignored.
 */
final class ConformanceGaps {

    private final Map<String, String> reasons;

    private ConformanceGaps(Map<String, String> reasons) {
        this.reasons = Collections.unmodifiableMap(reasons);
    }

    /** Returns the empty set of gaps, for a backend that declares none. */
    static ConformanceGaps none() {
        return new ConformanceGaps(new LinkedHashMap<>());
    }

    /**
     * Parses a gaps file.
     *
     * @throws IllegalArgumentException if a line lacks an id or a reason, or repeats an id
     */
    static ConformanceGaps parse(String source, String text) {
        Map<String, String> reasons = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            String id = bar < 0 ? "" : line.substring(0, bar).strip();
            String reason = bar < 0 ? "" : line.substring(bar + 1).strip();
            String where = source + " line " + (i + 1);
            if (id.isEmpty() || reason.isEmpty()) {
                throw new IllegalArgumentException(
                        where + " must read 'case-id | reason'. Received: " + line);
            }
            if (reasons.putIfAbsent(id, reason) != null) {
                throw new IllegalArgumentException(
                        where + " must not repeat a case id. Received: " + id);
            }
        }
        return new ConformanceGaps(reasons);
    }

    /** Reads a gaps file from the class path; a missing resource means no gaps. */
    static ConformanceGaps load(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return none();
            }
            StringBuilder text = new StringBuilder();
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().forEach(line -> text.append(line).append('\n'));
            }
            return parse(resource, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Returns every declared gap, id to reason, in file order. */
    Map<String, String> reasons() {
        return reasons;
    }

    /** Returns the reason a case is declared as a gap, or null when it is not. */
    String reasonFor(String caseId) {
        return reasons.get(caseId);
    }
}
