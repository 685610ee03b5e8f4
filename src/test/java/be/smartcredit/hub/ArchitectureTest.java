package be.smartcredit.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "be.smartcredit.hub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The legal and dunning rules stay plain Java, testable without any framework. */
    @ArchTest
    static final ArchRule dunningRulesAreFrameworkFree = noClasses()
            .that().haveSimpleName("DunningPlanner").or().haveSimpleName("Decision")
            .or().haveSimpleName("DossierState").or().haveSimpleName("Procedure")
            .or().haveSimpleName("ProcedureStep").or().haveSimpleName("ProcedureReader")
            .or().haveSimpleName("LawFeeRule").or().haveSimpleName("LawStatement")
            .or().haveSimpleName("LawTermRule")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..");

    @ArchTest
    static final ArchRule structuredCommunicationIsFrameworkFree = noClasses()
            .that().haveSimpleName("StructuredCommunication")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..");

    /** The Belgian legal rules use nothing but the JDK and each other: no Spring, no Camel, no database. */
    @ArchTest
    static final ArchRule legalRulesArePlainJava = classes()
            .that().resideInAPackage("be.smartcredit.hub.dunning.law..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "be.smartcredit.hub.dunning.law..");

    @ArchTest
    static final ArchRule legalRulesHaveNoFrameworkTypes = noClasses()
            .that().resideInAPackage("be.smartcredit.hub.dunning.law..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..");

    /** Reading statements and matching payments stay plain Java, unit-tested without Spring or Camel. */
    @ArchTest
    static final ArchRule paymentMatchingIsFrameworkFree = noClasses()
            .that().resideInAnyPackage("be.smartcredit.hub.payment.matching..",
                    "be.smartcredit.hub.payment.statement..", "be.smartcredit.hub.payment.coda..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..");
}
