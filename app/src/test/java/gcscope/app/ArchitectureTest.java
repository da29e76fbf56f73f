package gcscope.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md's module rules and issue 8's sandbox rule, enforced on the compiled classes of every module. */
class ArchitectureTest {
    /** Value types that snapshots carry; views may read them, they are not VM internals. */
    private static final String[] SNAPSHOT_VOCABULARY = {"Colour", "ObjectKind", "GcPhase", "GcEvent", "GcEventKind",
            "Trap", "TrapKind", "Outcome"};

    private static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gcscope");
    }

    @Test
    void vmAndCompilerNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage("gcscope.vm..", "gcscope.compiler..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void vmNeverUsesTheCompiler() {
        noClasses().that().resideInAPackage("gcscope.vm..")
                .should().dependOnClassesThat().resideInAnyPackage("gcscope.compiler..", "gcscope.views..", "gcscope.app..")
                .check(classes);
    }

    @Test
    void compilerNeverUsesViewsOrApp() {
        noClasses().that().resideInAPackage("gcscope.compiler..")
                .should().dependOnClassesThat().resideInAnyPackage("gcscope.views..", "gcscope.app..")
                .check(classes);
    }

    @Test
    void viewsNeverTouchInterpreterHeapOrCollectorInternals() {
        DescribedPredicate<JavaClass> internals = JavaClass.Predicates.resideInAnyPackage(
                        "gcscope.vm.interp..", "gcscope.vm.heap..", "gcscope.vm.gc..")
                .and(DescribedPredicate.not(DescribedPredicate.describe("snapshot vocabulary",
                        (JavaClass c) -> List.of(SNAPSHOT_VOCABULARY).contains(c.getSimpleName()))))
                .as("interpreter, heap or collector internals (other than the snapshot vocabulary)");
        noClasses().that().resideInAPackage("gcscope.views..")
                .should().dependOnClassesThat(internals)
                .orShould().dependOnClassesThat().resideInAnyPackage("gcscope.app..")
                .check(classes);
    }

    /**
     * A running program can reach only the interpreter, its runtime (fmt) and the memory system: none of
     * them may touch files, the network, processes or reflection, so no program can escape the VM.
     */
    @Test
    void whatAProgramCanCallHasNoFileNetworkProcessOrReflectionAccess() {
        noClasses().that().resideInAnyPackage("gcscope.vm.interp..", "gcscope.vm.fmt..", "gcscope.vm.heap..",
                        "gcscope.vm.gc..", "gcscope.vm.layout..", "gcscope.vm.check..", "gcscope.vm.bytecode..")
                .and().doNotHaveFullyQualifiedName(TIER_LOADER)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                        "java.lang.reflect..", "java.lang.invoke..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Runtime")
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "load", String.class)
                .orShould().callMethod(System.class, "loadLibrary", String.class)
                .orShould().callMethod(Class.class, "forName", String.class)
                .check(classes);
    }

    /** The one class that defines the compiled tier's generated code (a hidden class of the interpreter's package). */
    private static final String TIER_LOADER = "gcscope.vm.interp.TierLoader";

    /**
     * The compiled tier's loader uses {@code java.lang.invoke} only to define the class the VM generated and to make
     * its instance: no reflection, no files, no other class.
     */
    @Test
    void theTierLoaderOnlyDefinesTheGeneratedClass() {
        noClasses().that().haveFullyQualifiedName(TIER_LOADER)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.lang.reflect..")
                .orShould().callMethod(Class.class, "forName", String.class)
                .check(classes);
        noClasses().that().resideInAPackage("gcscope..").and().doNotHaveFullyQualifiedName(TIER_LOADER)
                .and().resideOutsideOfPackage("gcscope.app..")
                .should().callMethodWhere(DescribedPredicate.describe("defineHiddenClass",
                        (com.tngtech.archunit.core.domain.JavaMethodCall c) -> c.getName().equals("defineHiddenClass")))
                .check(classes);
    }
}
