package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the kit through the JUnit platform, as a vendor's build does, and checks what the report
 * says about gaps, failures and unavailable backends.
 */
class KitReportTest {

    /** The outcome of each test and container, by display name, with the skip reasons. */
    private static final class Outcomes implements TestExecutionListener {
        final Map<String, TestExecutionResult.Status> status = new LinkedHashMap<>();
        final Map<String, String> skipReasons = new LinkedHashMap<>();

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            status.put(test.getDisplayName(), result.getStatus());
            result.getThrowable()
                    .ifPresent(
                            e ->
                                    skipReasons.put(
                                            test.getDisplayName(), String.valueOf(e.getMessage())));
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            skipReasons.put(test.getDisplayName(), reason);
        }
    }

    private static Outcomes run(Class<?> kit) {
        Launcher launcher = LauncherFactory.create();
        Outcomes outcomes = new Outcomes();
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(kit)).build(),
                outcomes);
        return outcomes;
    }

    /** Declares one real case as a gap, beside the reference backend's standing one. */
    static class DeclaredGapKit extends BackendConformanceKit {
        @Override
        protected BackendProvider provider() {
            return new ReferenceBackendProvider();
        }

        @Override
        protected String gapsResource() {
            return "declared-gap.txt";
        }
    }

    /** Declares a case the kit does not have. */
    static class StaleGapKit extends DeclaredGapKit {
        @Override
        protected String gapsResource() {
            return "stale-gap.txt";
        }
    }

    /** A provider whose ADD is off by 1e-3; it keeps the reference's name for discovery. */
    static class BrokenAddKit extends BackendConformanceKit {
        @Override
        protected BackendProvider provider() {
            return new ReferenceBackendProvider() {
                @Override
                public Backend create() {
                    return new ForwardingBackend(new ReferenceBackend()) {
                        @Override
                        public Tensor binary(BinaryOp op, Tensor a, Tensor b) {
                            Tensor result = super.binary(op, a, b);
                            if (op != BinaryOp.ADD) {
                                return result;
                            }
                            try (result;
                                    Tensor error = scalar(1e-3)) {
                                return super.binary(op, result, error);
                            }
                        }
                    };
                }
            };
        }
    }

    /** A provider that cannot run here. */
    static class UnavailableKit extends BackendConformanceKit {
        @Override
        protected BackendProvider provider() {
            return new ReferenceBackendProvider() {
                @Override
                public Availability availability() {
                    return Availability.unavailable("no device found");
                }
            };
        }
    }

    @Test
    void aDeclaredGapIsReportedAsSkippedWithItsReasonAndTheRestPass() {
        Outcomes outcomes = run(DeclaredGapKit.class);
        assertEquals(
                TestExecutionResult.Status.ABORTED, outcomes.status.get("binary.ADD.same-shape"));
        assertTrue(
                outcomes.skipReasons.get("binary.ADD.same-shape").contains("demonstration gap"),
                outcomes.skipReasons.toString());
        assertEquals(
                TestExecutionResult.Status.ABORTED, outcomes.status.get("architecture.api-only"));
        long notPassed =
                outcomes.status.values().stream()
                        .filter(s -> s != TestExecutionResult.Status.SUCCESSFUL)
                        .count();
        assertEquals(2, notPassed, outcomes.status.toString());
    }

    @Test
    void aStaleGapFailsTheGapsCheck() {
        Outcomes outcomes = run(StaleGapKit.class);
        assertEquals(
                TestExecutionResult.Status.FAILED,
                outcomes.status.get("kit.gaps-name-existing-cases"));
        assertTrue(
                outcomes.skipReasons.get("kit.gaps-name-existing-cases").contains("no.such.case"));
    }

    @Test
    void anUndeclaredFailureFailsItsCases() {
        Outcomes outcomes = run(BrokenAddKit.class);
        assertEquals(
                TestExecutionResult.Status.FAILED, outcomes.status.get("binary.ADD.same-shape"));
        assertEquals(
                TestExecutionResult.Status.SUCCESSFUL,
                outcomes.status.get("binary.SUB.same-shape"));
    }

    @Test
    void anUnavailableBackendSkipsTheKitWithTheProvidersReason() {
        Outcomes outcomes = run(UnavailableKit.class);
        assertEquals(
                TestExecutionResult.Status.ABORTED,
                outcomes.status.get("conformance(TestReporter)"));
        assertTrue(
                outcomes.skipReasons.get("conformance(TestReporter)").contains("no device found"));
    }
}
