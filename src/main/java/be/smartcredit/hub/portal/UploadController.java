package be.smartcredit.hub.portal;

import be.smartcredit.hub.claim.DocumentReception;
import be.smartcredit.hub.claim.InboundFiles;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The client's CSV upload: the file goes through the connector's CSV intake like any other channel, and the page
 * shows what became of each row (accepted, duplicate, rejected with the reason) or why the file was refused.
 */
@Controller
class UploadController {

    private final Connectors connectors;
    private final DocumentReception reception;
    private final PortalAudit audit;

    UploadController(Connectors connectors, DocumentReception reception, PortalAudit audit) {
        this.connectors = connectors;
        this.reception = reception;
        this.audit = audit;
    }

    @GetMapping("/portal/upload")
    String form(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("connectors", visibleConnectors(user));
        return "portal/upload";
    }

    @PostMapping("/portal/upload")
    String upload(@AuthenticationPrincipal PortalUser user, @RequestParam String connector,
            @RequestParam MultipartFile file, Model model) throws IOException {
        Connector target = connectors.find(connector).filter(c -> user.sees(c.id()))
                .orElseThrow(() -> PortalDossiers.notFound("connector"));
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();

        DocumentReception.Received received = reception.take(target, file.getBytes(), name, InboundFiles.CSV,
                "portal");
        audit.general(user.username(), target.id(), "PORTAL_UPLOAD", "CSV '" + DocumentReception.safe(name) + "' "
                + auditDetail(received));
        model.addAttribute("received", received);
        boolean again = !received.refused() && received.outcome().duplicateFile();
        model.addAttribute("duplicateFile", again);
        model.addAttribute("rows", again ? List.of() : rows(received));
        return "portal/upload-result :: result";
    }

    private List<Connector> visibleConnectors(PortalUser user) {
        return connectors.all().stream().filter(c -> user.sees(c.id()))
                .sorted(java.util.Comparator.comparing(Connector::id)).toList();
    }

    /**
     * The row results the intake wrote beside the kept file, each as a map from column name to text (a map, not the
     * CSV record, so the page never has to pick among the record's overloaded getters).
     */
    static List<Map<String, String>> rows(DocumentReception.Received received) throws IOException {
        if (received.rowResults() == null || !Files.isRegularFile(received.rowResults())) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(received.rowResults(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    private static String auditDetail(DocumentReception.Received received) {
        if (received.refused()) {
            return "refused";
        }
        return received.outcome().duplicateFile() ? "already received"
                : "taken, " + received.outcome().claimIds().size() + " claim(s)";
    }
}
