package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.claim.DocumentType;
import com.helger.commons.error.IError;
import com.helger.commons.error.level.IErrorLevel;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.IValidationExecutorCacheSupport;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.executorset.status.ValidationExecutorSetStatus;
import com.helger.phive.api.result.ValidationResult;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation2024_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.phive.xml.xsd.ValidationExecutorXSD;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the phive rules on a UBL document: Peppol BIS Billing 3 for documents that claim it, EN 16931 otherwise.
 *
 * <p>The EN 16931 sets are the UBL schema and the CEN rules of the Peppol 2024.5 release, without the Peppol
 * rules, because phive-rules-peppol ships the CEN rules with its Peppol sets and no separate EN 16931 module is on
 * the classpath.
 */
final class UblValidator {

    static final String PEPPOL_BILLING_3 =
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";

    private static final String HUB_GROUP = "be.smartcredit.hub";
    private static final String PEPPOL_RULES_PATH = "PEPPOL-EN16931";

    private final ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
    private final IValidationExecutorSet<IValidationSourceXML> peppolInvoice;
    private final IValidationExecutorSet<IValidationSourceXML> peppolCreditNote;
    private final IValidationExecutorSet<IValidationSourceXML> en16931Invoice;
    private final IValidationExecutorSet<IValidationSourceXML> en16931CreditNote;

    // Limitation: the EN 16931 rules are the CEN version OpenPeppol bundled in 2024.5, not the newest CEN release;
    // phive-rules-en16931 would bring that, at the cost of one more dependency.
    UblValidator() {
        PeppolValidation2024_05.init(registry);
        peppolInvoice = registry.getOfID(PeppolValidation2024_05.VID_OPENPEPPOL_INVOICE_UBL_V3);
        peppolCreditNote = registry.getOfID(PeppolValidation2024_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);
        en16931Invoice = withoutPeppolRules(peppolInvoice, "en16931-ubl-invoice");
        en16931CreditNote = withoutPeppolRules(peppolCreditNote, "en16931-ubl-creditnote");
        List.of(peppolInvoice, peppolCreditNote).forEach(UblValidator::compileRules);
    }

    static boolean claimsPeppol(String customizationId) {
        return customizationId != null && customizationId.trim().startsWith(PEPPOL_BILLING_3);
    }

    List<RuleFailure> validate(UblSource ubl, boolean peppol, String fileName) {
        IValidationExecutorSet<IValidationSourceXML> rules = rulesFor(ubl.type(), peppol);
        ValidationSourceXML source = ValidationSourceXML.create(fileName, ubl.document());

        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), rules, source, Locale.ENGLISH);

        List<RuleFailure> failures = new ArrayList<>();
        for (ValidationResult result : results) {
            // Schema errors carry no rule id; the kind of check ("XSD") stands in for it.
            String kind = result.getValidationArtefact().getValidationType().getID().toUpperCase(Locale.ROOT);
            result.getErrorList().forEach(error -> failures.add(toRuleFailure(error, kind)));
        }
        return List.copyOf(failures);
    }

    String rulesName(DocumentType type, boolean peppol) {
        return rulesFor(type, peppol).getID().getAsSingleID();
    }

    private IValidationExecutorSet<IValidationSourceXML> rulesFor(DocumentType type, boolean peppol) {
        if (type == DocumentType.INVOICE) {
            return peppol ? peppolInvoice : en16931Invoice;
        }
        return peppol ? peppolCreditNote : en16931CreditNote;
    }

    private IValidationExecutorSet<IValidationSourceXML> withoutPeppolRules(
            IValidationExecutorSet<IValidationSourceXML> peppolSet, String artifactId) {
        List<IValidationExecutor<IValidationSourceXML>> executors = peppolSet.getAllExecutors().stream()
                .filter(executor -> !executor.getValidationArtefact().getRuleResourcePath().contains(PEPPOL_RULES_PATH))
                .toList();
        DVRCoordinate id = new DVRCoordinate(HUB_GROUP, artifactId, peppolSet.getID().getVersionObj());
        String name = "EN 16931 UBL (CEN rules of " + peppolSet.getDisplayName() + ")";

        IValidationExecutorSet<IValidationSourceXML> set =
                ValidationExecutorSet.create(id, name, ValidationExecutorSetStatus.createValidNow(), executors);
        registry.registerValidationExecutorSet(set);
        return set;
    }

    // Compiling the Schematron XSLTs and the UBL schemas takes seconds; doing it here keeps that cost out of the
    // first delivery. The EN 16931 sets share these executors, so they are ready too.
    private static void compileRules(IValidationExecutorSet<IValidationSourceXML> set) {
        for (IValidationExecutor<IValidationSourceXML> executor : set.getAllExecutors()) {
            if (executor instanceof IValidationExecutorCacheSupport cached) {
                cached.ensureItemIsInCache();
            }
            if (executor instanceof ValidationExecutorXSD schema) {
                schema.getSchemaProvider().get();
            }
        }
    }

    private static RuleFailure toRuleFailure(IError error, String kind) {
        String ruleId = error.getErrorID() != null ? error.getErrorID() : kind;
        String location = error.getErrorFieldName() != null
                ? error.getErrorFieldName()
                : error.hasErrorLocation() ? error.getErrorLocation().getAsString() : null;
        String text = error.getErrorText(Locale.ENGLISH);
        return new RuleFailure(ruleId, severity(error.getErrorLevel()), text == null ? null : text.trim(), location);
    }

    private static String severity(IErrorLevel level) {
        if (level.isError()) {
            return RuleFailure.ERROR;
        }
        return level.isFailure() ? RuleFailure.WARNING : RuleFailure.INFO;
    }
}
