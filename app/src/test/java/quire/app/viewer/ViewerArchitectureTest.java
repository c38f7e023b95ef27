package quire.app.viewer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** MVVM kept honest: view models, services and tasks use no nodes, so their tests need no toolkit. */
@AnalyzeClasses(packages = "quire.app.viewer", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewerArchitectureTest {

    @ArchTest
    static final ArchRule view_models_know_no_nodes = noClasses()
            .that().resideInAnyPackage("quire.app.viewer.viewmodel..", "quire.app.viewer.service..",
                    "quire.app.viewer.task..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                    "javafx.application..", "javafx.concurrent..", "org.controlsfx..", "quire.app.viewer.view..");

    @ArchTest
    static final ArchRule services_and_tasks_use_no_javafx = noClasses()
            .that().resideInAnyPackage("quire.app.viewer.service..", "quire.app.viewer.task..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");
}
