package be.smartcredit.hub.payment;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API over the received statements and their reconciliation, as JSON or CSV. */
@RestController
@RequestMapping("/api/v1/statements")
class StatementsController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final StatementBook book;

    StatementsController(StatementBook book) {
        this.book = book;
    }

    @GetMapping
    List<StatementView> list(@RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return book.statements(Math.min(Math.max(limit, 1), 1_000), Math.max(offset, 0));
    }

    @GetMapping("/{id}/reconciliation")
    Reconciliation reconciliation(@PathVariable long id) {
        return book.reconciliation(id);
    }

    @GetMapping("/{id}/reconciliation.csv")
    ResponseEntity<String> reconciliationCsv(@PathVariable long id) {
        String csv = ReconciliationCsv.write(book.reconciliation(id));
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"statement-" + id + "-reconciliation.csv\"")
                .body(csv);
    }
}
