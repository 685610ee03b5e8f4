package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.claim.ClaimDocument;
import be.smartcredit.hub.claim.DunningDataCheck;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * Reads an inbound UBL invoice or credit note into a claim: parses it safely, validates it with phive and maps it
 * with XSLT; thread-safe, and costly to build (the rules are compiled once), so one instance serves the hub.
 */
public class InboundDocumentReader {

    /** The default size limit, 20 MB: far above any real invoice, well below what would strain the heap. */
    /** Documents up to this size have their business rules checked (see {@link #notValidated}). */
    public static final long DEFAULT_MAX_VALIDATED_BYTES = 1024L * 1024;

    /** The rule id recorded on a document too large to have its rules checked. */
    public static final String NOT_VALIDATED = "HUB-RULES-NOT-CHECKED";

    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(InboundDocumentReader.class);

    private final HardenedXmlParser parser;
    private final UblDocumentLocator locator;
    private final ClaimTransformation transformation;
    private final UblValidator validator;
    private final long maxValidatedBytes;

    public InboundDocumentReader() {
        this(DEFAULT_MAX_DOCUMENT_BYTES);
    }

    public InboundDocumentReader(long maxDocumentBytes) {
        this(maxDocumentBytes, DEFAULT_MAX_VALIDATED_BYTES);
    }

    /**
     * A reader that refuses documents over {@code maxDocumentBytes} and checks business rules only on
     * documents up to {@code maxValidatedBytes}.
     */
    public InboundDocumentReader(long maxDocumentBytes, long maxValidatedBytes) {
        long start = System.nanoTime();
        this.maxValidatedBytes = maxValidatedBytes;
        this.parser = new HardenedXmlParser(maxDocumentBytes);
        this.locator = new UblDocumentLocator(parser);
        this.transformation = new ClaimTransformation();
        this.validator = new UblValidator();
        log.info("Inbound document reader is ready: rules='Peppol BIS 3 2024.5, EN 16931' tookMs='{}'",
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Reads one document; rule failures are returned with the claim, and only a document that cannot be parsed, is
     * not UBL, or lacks the data dunning needs raises {@link UnreadableDocumentException}.
     */
    public InboundClaim read(byte[] content, String fileName) {
        Objects.requireNonNull(content, "content");
        String name = fileName == null || fileName.isBlank() ? "(unnamed)" : fileName;

        Document parsed = parser.parse(content, name);
        UblSource ubl = locator.locate(parsed, name);
        ClaimDocument claim = transformation.map(ubl, name);
        requireDunningData(claim, name);

        boolean peppol = UblValidator.claimsPeppol(claim.customizationId());
        List<RuleFailure> failures = content.length > maxValidatedBytes
                ? List.of(notValidated(content.length))
                : validator.validate(ubl, peppol, name);
        log.info("Inbound document read: file='{}' type='{}' number='{}' rules='{}' errors='{}' warnings='{}'",
                name, claim.documentType(), claim.number(), validator.rulesName(ubl.type(), peppol),
                failures.stream().filter(RuleFailure::isError).count(),
                failures.stream().filter(failure -> !failure.isError()).count());
        return new InboundClaim(claim, failures, peppol);
    }

    /** Lists what the claim lacks for dunning; see {@link DunningDataCheck#dunningDataProblems(ClaimDocument)}. */
    /**
     * Limitation: the rule check runs on a DOM tree, which slows down much faster than the document
     * grows (minutes for a few megabytes); larger documents are read but their rules are not checked.
     */
    private RuleFailure notValidated(int bytes) {
        return new RuleFailure(NOT_VALIDATED, RuleFailure.ERROR, "business rules not checked: the document has "
                + bytes + " bytes, more than the " + maxValidatedBytes + " bytes the hub checks rules on",
                "the whole document");
    }

    public List<String> dunningDataProblems(ClaimDocument claim) {
        return DunningDataCheck.dunningDataProblems(claim);
    }

    private static void requireDunningData(ClaimDocument claim, String fileName) {
        List<String> problems = DunningDataCheck.dunningDataProblems(claim);
        if (!problems.isEmpty()) {
            throw new UnreadableDocumentException(fileName, "the claim data",
                    "not enough for dunning: " + String.join("; ", problems));
        }
    }
}
