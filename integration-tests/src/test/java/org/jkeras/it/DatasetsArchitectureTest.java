package org.jkeras.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The datasets module, like a backend, builds on the api alone: no engine, no backend. */
class DatasetsArchitectureTest {

    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.jkeras");

    @Test
    void datasetsDependsOnTheJdkAndTheApiAlone() {
        DescribedPredicate<JavaClass> inDatasets =
                DescribedPredicate.describe(
                        "in module datasets",
                        javaClass -> ArchitectureTest.moduleOf(javaClass).equals("datasets"));
        assertTrue(
                CLASSES.stream().anyMatch(inDatasets::test),
                "no classes of module datasets were imported");
        classes()
                .that(inDatasets)
                .should()
                .onlyDependOnClassesThat(
                        DescribedPredicate.describe(
                                "in java.*, api or datasets",
                                DatasetsArchitectureTest::isJdkApiOrDatasets))
                .check(CLASSES);
    }

    private static boolean isJdkApiOrDatasets(JavaClass javaClass) {
        JavaClass base = javaClass.isArray() ? javaClass.getBaseComponentType() : javaClass;
        String module = ArchitectureTest.moduleOf(base);
        return base.isPrimitive()
                || base.getPackageName().startsWith("java.")
                || module.equals("api")
                || module.equals("datasets");
    }
}
