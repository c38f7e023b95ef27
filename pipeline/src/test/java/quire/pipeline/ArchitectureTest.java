package quire.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps this module's place in the module graph (house-style.md). */
@AnalyzeClasses(packages = "quire.pipeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule no_javafx_outside_app =
            noClasses().should().dependOnClassesThat().resideInAPackage("javafx..");

    /** Dependencies flow app → pipeline → ocr-agent → models, never back up. */
    @ArchTest
    static final ArchRule no_dependency_on_higher_modules =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("quire.app..");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("quire.pipeline.(**)").should().beFreeOfCycles();
}
