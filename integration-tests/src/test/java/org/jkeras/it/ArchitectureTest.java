package org.jkeras.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of DEVELOPERS.md, checked on the compiled main classes of every module on
 * this test classpath. A class's module is read off where it was loaded from: a reactor build's
 * {@code <module>/target/classes}, or an installed {@code jkeras-<module>-*.jar}.
 */
class ArchitectureTest {

    private static final Pattern MODULE =
            Pattern.compile(
                    "(?:/([a-z0-9-]+)/target[^/]*/classes/|/jkeras-([a-z0-9-]+?)-\\d[^/]*\\.jar!)");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.jkeras");
    }

    static String moduleOf(JavaClass javaClass) {
        return javaClass
                .getSource()
                .map(source -> source.getUri().toString())
                .map(
                        uri -> {
                            Matcher matcher = MODULE.matcher(uri);
                            if (!matcher.find()) {
                                return "";
                            }
                            return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                        })
                .orElse("");
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe(
                "in module " + module, javaClass -> moduleOf(javaClass).equals(module));
    }

    private static DescribedPredicate<JavaClass> inABackendModule() {
        return DescribedPredicate.describe(
                "in a backend module", javaClass -> moduleOf(javaClass).startsWith("backend-"));
    }

    private static DescribedPredicate<JavaClass> inAnotherBackendModuleThanItsOwn(String own) {
        return DescribedPredicate.describe(
                "in a backend module other than " + own,
                javaClass -> {
                    String module = moduleOf(javaClass);
                    return module.startsWith("backend-") && !module.equals(own);
                });
    }

    private static boolean isJdkOrApi(JavaClass javaClass) {
        JavaClass base = javaClass.isArray() ? javaClass.getBaseComponentType() : javaClass;
        return base.isPrimitive()
                || base.getPackageName().startsWith("java.")
                || moduleOf(base).equals("api");
    }

    @Test
    void theModulesAreFoundOnTheClasspath() {
        for (String module : new String[] {"api", "engine", "backend-cpu-java"}) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    classes.stream().anyMatch(inModule(module)::test),
                    "no classes of module " + module + " were imported");
        }
    }

    @Test
    void apiDependsOnTheJdkAlone() {
        classes()
                .that(inModule("api"))
                .should()
                .onlyDependOnClassesThat(
                        DescribedPredicate.describe(
                                "in java.* or in api", ArchitectureTest::isJdkOrApi))
                .check(classes);
    }

    @Test
    void backendsNeverDependOnTheEngine() {
        noClasses()
                .that(inABackendModule())
                .should()
                .dependOnClassesThat(inModule("engine").or(inModule("conformance-tests")))
                .check(classes);
    }

    @Test
    void backendsNeverDependOnAnotherBackend() {
        for (String backend : new String[] {"backend-cpu-java"}) {
            noClasses()
                    .that(inModule(backend))
                    .should()
                    .dependOnClassesThat(inAnotherBackendModuleThanItsOwn(backend))
                    .check(classes);
        }
    }

    @Test
    void engineNamesNoBackendClassOrPackage() {
        noClasses()
                .that(inModule("engine"))
                .should()
                .dependOnClassesThat(inABackendModule())
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.jkeras.backend..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        SlicesRuleDefinition.slices()
                .assignedFrom(
                        new SliceAssignment() {
                            @Override
                            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                                return javaClass.getPackageName().startsWith("org.jkeras")
                                        ? SliceIdentifier.of(javaClass.getPackageName())
                                        : SliceIdentifier.ignore();
                            }

                            @Override
                            public String getDescription() {
                                return "jkeras packages";
                            }
                        })
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
