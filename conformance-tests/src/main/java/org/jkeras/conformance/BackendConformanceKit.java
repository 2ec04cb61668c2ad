package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.opentest4j.TestAbortedException;

/**
 * The conformance kit: checks every core and fused op of a {@link Backend}, the gradients the
 * engine's tape computes on it, and a short training run, against a float64 reference inside the
 * kit; and, read off the backend's bytecode, that of jkeras's classes it uses the api's alone.
 *
 * <p>A backend module runs the kit against itself with one test class:
 *
 * <pre>{@code
 * class MyConformanceTest extends BackendConformanceKit {
 *     @Override
 *     protected BackendProvider provider() {
 *         return new MyBackendProvider();
 *     }
 * }
 * }</pre>
 *
 * <p>Each case has a stable id such as {@code binary.ADD.broadcast-row-col}, listed in the report
 * under its group. A backend declares the cases it knowingly does not pass in a gaps file on its
 * test class path, by default {@value #DEFAULT_GAPS_RESOURCE}, one {@code case-id | reason} a line:
 * those cases are reported as skipped with the reason. A declared id that names no case fails the
 * run, as does any undeclared failure. The last entries of the report check the gaps file and
 * summarize the counts.
 *
 * <p>A provider that reports itself unavailable (say, its native library is missing) has the whole
 * kit skipped with the provider's reason. The training case creates its model through {@code
 * Sequential.create}, which finds the backend by name, so the provider must also be registered for
 * {@link java.util.ServiceLoader}.
 */
public abstract class BackendConformanceKit {

    /** Where the kit looks for a backend's gaps file unless {@link #gapsResource()} says else. */
    public static final String DEFAULT_GAPS_RESOURCE = "META-INF/jkeras/conformance-gaps.txt";

    private Backend backend;

    /** Returns the provider of the backend under test. */
    protected abstract BackendProvider provider();

    /** Returns the class-path location of the gaps file; a missing file declares no gaps. */
    protected String gapsResource() {
        return DEFAULT_GAPS_RESOURCE;
    }

    /** Builds every case of the kit, grouped by op, with the checks of the gaps file last. */
    @TestFactory
    Stream<DynamicNode> conformance(TestReporter reporter) {
        BackendProvider provider = provider();
        Availability availability = provider.availability();
        Assumptions.assumeTrue(
                availability.available(),
                () -> "backend " + provider.name() + " is unavailable: " + availability.reason());
        ConformanceGaps gaps = ConformanceGaps.load(getClass().getClassLoader(), gapsResource());
        backend = provider.create();
        List<KitCase> cases = catalogue(provider, backend);
        Tally tally = new Tally();
        Map<String, List<DynamicNode>> groups = new LinkedHashMap<>();
        for (KitCase kitCase : cases) {
            groups.computeIfAbsent(kitCase.group(), group -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(kitCase.id(), () -> run(kitCase, gaps, tally)));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        groups.forEach(
                (group, tests) -> nodes.add(DynamicContainer.dynamicContainer(group, tests)));
        nodes.add(
                DynamicTest.dynamicTest(
                        "kit.gaps-name-existing-cases", () -> checkNoStaleGaps(cases, gaps)));
        nodes.add(
                DynamicTest.dynamicTest(
                        "kit.summary",
                        () -> {
                            String summary = tally.summary(provider.name(), cases.size());
                            reporter.publishEntry("conformance", summary);
                            System.out.println(summary);
                        }));
        return nodes.stream();
    }

    /** Closes the backend once every case of the factory has run. */
    @AfterEach
    void closeBackend() {
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }

    /** Returns every case of the kit for one backend, in report order. */
    static List<KitCase> catalogue(BackendProvider provider, Backend backend) {
        CaseList list = new CaseList();
        Fixture fixture = new Fixture(backend);
        list.add(
                "provider.names-match",
                "name",
                scope -> {
                    assertFalse(provider.name().isBlank(), "the provider's name must not be blank");
                    assertEquals(provider.name(), backend.name(), "backend name vs provider name");
                });
        list.add(
                "architecture.api-only",
                "architecture",
                scope -> {
                    Set<String> violations = ApiOnlyDependencies.violations(provider.getClass());
                    assertEquals(
                            Set.of(),
                            violations,
                            "of jkeras's classes a backend may use the api's alone");
                });
        HostCases.addTo(list, fixture);
        ElementwiseCases.addTo(list, fixture);
        ReductionCases.addTo(list, fixture);
        ShapeCases.addTo(list, fixture);
        FusedCases.addTo(list, fixture);
        OptimizerCases.addTo(list, fixture);
        GradientCases.addTo(list, fixture);
        TrainingCases.addTo(list, provider);
        return list.cases();
    }

    static void run(KitCase kitCase, ConformanceGaps gaps, Tally tally) throws Throwable {
        String reason = gaps.reasonFor(kitCase.id());
        if (reason != null) {
            tally.skipped(kitCase, reason);
            Assumptions.abort("declared gap: " + reason);
        }
        try {
            kitCase.body().run();
        } catch (TestAbortedException e) {
            tally.skipped(kitCase, e.getMessage());
            throw e;
        } catch (Throwable e) {
            tally.failed(kitCase);
            // The id leads the message because reports that show only indices still name the case.
            throw new AssertionError(kitCase.id() + ": " + e, e);
        }
        tally.passed(kitCase);
    }

    static void checkNoStaleGaps(List<KitCase> cases, ConformanceGaps gaps) {
        Set<String> ids = cases.stream().map(KitCase::id).collect(Collectors.toSet());
        Set<String> stale = new TreeSet<>(gaps.reasons().keySet());
        stale.removeAll(ids);
        if (!stale.isEmpty()) {
            fail(
                    "the gaps file names cases the kit does not have; remove or rename them: "
                            + String.join(", ", stale));
        }
    }
}
