package be.smartcredit.hub;

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
            .that().haveSimpleNameEndingWith("Schedule").or().haveSimpleNameEndingWith("Rules")
            .or().haveSimpleNameStartingWith("ReminderStep")
            .or().haveSimpleName("DunningPlanner").or().haveSimpleName("Decision")
            .or().haveSimpleName("DossierState").or().haveSimpleName("Procedure")
            .or().haveSimpleName("ProcedureStep").or().haveSimpleName("ProcedureReader")
            .or().haveSimpleName("CalendarTermRule").or().haveSimpleName("SimpleFeeRule")
            .or().haveSimpleName("OpenAmountsStatement")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..");

    @ArchTest
    static final ArchRule structuredCommunicationIsFrameworkFree = noClasses()
            .that().haveSimpleName("StructuredCommunication")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..");
}
