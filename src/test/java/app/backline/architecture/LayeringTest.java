package app.backline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of architecture.md §2–3, checked on the production classes. */
@AnalyzeClasses(packages = "app.backline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = classes().that().resideInAPackage("app.backline.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.backline.domain..");

    @ArchTest
    static final ArchRule onlyPersistenceTouchesTheOrmAndTheDatabase = noClasses()
            .that().resideOutsideOfPackage("app.backline.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                    "org.flywaydb..", "org.h2..");

    @ArchTest
    static final ArchRule onlyTheSearchIndexTouchesLucene = noClasses()
            .that().resideOutsideOfPackage("app.backline.search..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..");

    @ArchTest
    static final ArchRule okHttpOnlyInPlatformAndLlm = noClasses()
            .that().resideOutsideOfPackages("app.backline.platform..", "app.backline.llm..")
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..");

    @ArchTest
    static final ArchRule jacksonOnlyWhereWireFormatsAre = noClasses()
            .that().resideOutsideOfPackages("app.backline.platform..", "app.backline.llm..",
                    "app.backline.importer..", "app.backline.export..", "app.backline.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule uiNeverSeesPersistenceOrPlatformClients = noClasses()
            .that().resideInAPackage("app.backline.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("app.backline.persistence..",
                    "app.backline.platform.*..");

    @ArchTest
    static final ArchRule servicesNeverTouchJavaFx = noClasses()
            .that().resideOutsideOfPackages("app.backline.ui..", "app.backline.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..",
                    "org.controlsfx..");

    @ArchTest
    static final ArchRule viewModelsNeverSeeTheSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule onlyTheFxGateSchedulesOnTheFxThread = noClasses()
            .that().resideOutsideOfPackage("app.backline.ui.fx..")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .orShould().dependOnClassesThat().areAssignableTo(javafx.concurrent.Task.class);

    @ArchTest
    static final ArchRule consoleOnlyInTheCli = noClasses()
            .that().resideOutsideOfPackage("app.backline.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule noMutableStatics = fields().that().areStatic()
            .should().beFinal().allowEmptyShould(true);

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("app.backline.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformPackagesNeverDependOnEachOther = slices()
            .matching("app.backline.platform.(*)..").should().notDependOnEachOther().allowEmptyShould(true);
}
