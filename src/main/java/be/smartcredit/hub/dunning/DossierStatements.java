package be.smartcredit.hub.dunning;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** What a dossier's debtor owes on a day, and why: the statement the API and the debtor's pay page show. */
@Service
public class DossierStatements {

    private final DossierViews views;
    private final Dossiers dossiers;
    private final StatementCalculator statements;

    DossierStatements(DossierViews views, Dossiers dossiers, StatementCalculator statements) {
        this.views = views;
        this.dossiers = dossiers;
        this.statements = statements;
    }

    /** The statement of an existing dossier on {@code date}. */
    public StatementCalculator.Statement of(long dossierId, LocalDate date) {
        DossierState state = dossiers.load(dossierId);
        List<StatementCalculator.Line> lines = views.claims(dossierId).stream()
                .filter(c -> "OPEN".equals(c.status()))
                .map(c -> new StatementCalculator.Line(c.id(), c.number(), c.dueDate(), c.amount(), c.openAmount()))
                .toList();
        return statements.statement(state.debtor(), lines, views.feesCharged(dossierId), date);
    }
}
