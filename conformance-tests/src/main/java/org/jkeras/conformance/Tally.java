package org.jkeras.conformance;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts what the kit ran, for the summary at the end of the report. */
final class Tally {

    private static final String GRADIENT = "gradient.";
    private static final String TRAINING = "training";
    private static final String ARCHITECTURE = "architecture";

    private final Set<String> ops = new TreeSet<>();
    private final Map<String, String> skipped = new TreeMap<>();
    private final Set<String> failed = new TreeSet<>();
    private int passed;

    synchronized void passed(KitCase kitCase) {
        ops.add(kitCase.op());
        passed++;
    }

    synchronized void failed(KitCase kitCase) {
        ops.add(kitCase.op());
        failed.add(kitCase.id());
    }

    synchronized void skipped(KitCase kitCase, String reason) {
        skipped.put(kitCase.id(), reason);
    }

    /** Returns the summary lines: ops and cases checked, failures, and the declared gaps. */
    synchronized String summary(String backend, int declaredCases) {
        Set<String> methods = new TreeSet<>();
        int backendOps = 0;
        int tapeOps = 0;
        for (String op : ops) {
            if (op.startsWith(GRADIENT)) {
                tapeOps++;
            } else if (!op.equals(TRAINING) && !op.equals(ARCHITECTURE)) {
                backendOps++;
                int dot = op.indexOf('.');
                methods.add(dot < 0 ? op : op.substring(0, dot));
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("jkeras conformance of backend '").append(backend).append("': ");
        text.append(methods.size()).append(" backend methods (");
        text.append(backendOps).append(" ops) and ");
        text.append(tapeOps).append(" tape ops checked");
        text.append(ops.contains(TRAINING) ? ", plus a training run" : "");
        text.append(ops.contains(ARCHITECTURE) ? " and the api-only dependency rule; " : "; ");
        text.append(declaredCases).append(" cases: ");
        text.append(passed).append(" passed, ");
        text.append(failed.size()).append(" failed, ");
        text.append(skipped.size()).append(" skipped as declared gaps");
        if (!failed.isEmpty()) {
            text.append("\n  failed: ").append(String.join(", ", failed));
        }
        skipped.forEach(
                (id, reason) -> text.append("\n  gap: ").append(id).append(" | ").append(reason));
        return text.toString();
    }
}
