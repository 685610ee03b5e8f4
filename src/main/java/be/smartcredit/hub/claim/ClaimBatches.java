package be.smartcredit.hub.claim;

import be.smartcredit.hub.platform.Correlation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores many claims of one connector at once, as {@link Claims#register} would store them one after the other:
 * one look-up for the claims already there, one for the debtors, and one statement each for the new debtors, the
 * new claims and their events. Credit notes and claims that bring their own structured communication take the
 * single path, in the same transaction.
 */
@Repository
public class ClaimBatches {

    private final JdbcClient jdbc;
    private final Claims claims;

    ClaimBatches(JdbcClient jdbc, Claims claims) {
        this.jdbc = jdbc;
        this.claims = claims;
    }

    /** The registration of each claim, in order; {@code firstActions} holds each claim's first reminder date. */
    @Transactional
    public List<Claims.Registration> register(String connectorId, List<NewClaim> batch, List<LocalDate> firstActions) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("debtor:" + connectorId).query().singleRow();
        Claims.Registration[] registrations = new Claims.Registration[batch.size()];
        Map<Key, Long> known = knownIds(connectorId, batch);

        List<Integer> fresh = new ArrayList<>();
        Map<Key, Integer> firstInBatch = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            NewClaim claim = batch.get(i);
            Key key = Key.of(claim);
            if (known.containsKey(key)) {
                registrations[i] = new Claims.Registration(known.get(key), null, true);
            } else if (claim.isCredit() || claim.paymentId() != null || firstInBatch.containsKey(key)) {
                continue;
            } else {
                firstInBatch.put(key, i);
                fresh.add(i);
            }
        }

        insert(connectorId, batch, firstActions, fresh, registrations);
        for (int i = 0; i < batch.size(); i++) {
            if (registrations[i] == null) {
                registrations[i] = claims.register(batch.get(i), firstActions.get(i));
            }
        }
        return List.of(registrations);
    }

    private Map<Key, Long> knownIds(String connectorId, List<NewClaim> batch) {
        Map<Key, Long> ids = new HashMap<>();
        jdbc.sql("""
                SELECT c.id, c.seller_key, c.document_type, c.number
                  FROM unnest(?::text[], ?::text[], ?::text[]) AS k(seller_key, document_type, number)
                  JOIN claims c ON c.connector_id = ? AND c.seller_key = k.seller_key
                                AND c.document_type = k.document_type AND c.number = k.number""")
                .params(batch.stream().map(NewClaim::sellerKey).toArray(String[]::new),
                        batch.stream().map(c -> c.documentType().name()).toArray(String[]::new),
                        batch.stream().map(NewClaim::number).toArray(String[]::new), connectorId)
                .query((row, n) -> ids.put(new Key(row.getString(2), row.getString(3), row.getString(4)),
                        row.getLong(1)))
                .list();
        return ids;
    }

    private void insert(String connectorId, List<NewClaim> batch, List<LocalDate> firstActions, List<Integer> fresh,
            Claims.Registration[] registrations) {
        if (fresh.isEmpty()) {
            return;
        }
        List<NewClaim> claimsToStore = fresh.stream().map(batch::get).toList();
        List<Long> debtorIds = new DebtorBatch(jdbc, connectorId)
                .save(claimsToStore.stream().map(NewClaim::debtor).toList());
        List<StructuredCommunication> communications = communications(claimsToStore.size());

        Map<Key, Long> stored = insertClaims(claimsToStore, debtorIds, communications,
                fresh.stream().map(firstActions::get).toList());
        for (int n = 0; n < fresh.size(); n++) {
            Long id = stored.get(Key.of(claimsToStore.get(n)));
            if (id != null) {
                registrations[fresh.get(n)] = new Claims.Registration(id, communications.get(n), false);
            }
        }
        recordRegistered(claimsToStore, stored);
        settleWaitingCredits(connectorId, claimsToStore, stored);
    }

    /** New structured communications, drawn from the sequence as the single path draws them. */
    private List<StructuredCommunication> communications(int count) {
        List<StructuredCommunication> drawn = jdbc.sql("SELECT nextval('structured_communication_base') "
                        + "FROM generate_series(1, ?)")
                .param(count).query(Long.class).list().stream().map(StructuredCommunication::fromBase).toList();
        List<String> taken = jdbc.sql("SELECT structured_communication FROM claims "
                        + "WHERE structured_communication = ANY(?)")
                .param(drawn.stream().map(StructuredCommunication::digits).toArray(String[]::new))
                .query(String.class).list();
        return drawn.stream().map(c -> taken.contains(c.digits()) ? claims.newCommunication() : c).toList();
    }

    private Map<Key, Long> insertClaims(List<NewClaim> batch, List<Long> debtorIds,
            List<StructuredCommunication> communications, List<LocalDate> nextActions) {
        Map<Key, Long> ids = new HashMap<>();
        jdbc.sql("""
                INSERT INTO claims (connector_id, seller_key, document_type, number, debtor_id, issue_date,
                                    due_date, due_date_derived, currency, amount, open_amount,
                                    structured_communication, status, next_action_on, source_file, peppol,
                                    due_date_basis, credit_for_number, correlation_id)
                SELECT connector_id, seller_key, document_type, number, debtor_id, issue_date, due_date,
                       due_date_derived, currency, amount, amount, structured_communication, 'OPEN',
                       next_action_on, source_file, peppol, due_date_basis, credit_for_number, ?
                  FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::date[], ?::date[],
                              ?::boolean[], ?::text[], ?::numeric[], ?::text[], ?::date[], ?::text[], ?::boolean[],
                              ?::text[], ?::text[])
                       AS n(connector_id, seller_key, document_type, number, debtor_id, issue_date, due_date,
                            due_date_derived, currency, amount, structured_communication, next_action_on,
                            source_file, peppol, due_date_basis, credit_for_number)
                ON CONFLICT (connector_id, seller_key, document_type, number) DO NOTHING
                RETURNING id, seller_key, document_type, number""")
                .params(Correlation.current(), column(batch, NewClaim::connectorId),
                        column(batch, NewClaim::sellerKey), column(batch, c -> c.documentType().name()),
                        column(batch, NewClaim::number),
                        debtorIds.toArray(Long[]::new), column(batch, c -> text(c.issueDate())),
                        column(batch, c -> text(c.dueDate())), column(batch, c -> text(c.dueDateDerived())),
                        column(batch, NewClaim::currency), column(batch, c -> c.amount().toPlainString()),
                        communications.stream().map(StructuredCommunication::digits).toArray(String[]::new),
                        nextActions.stream().map(ClaimBatches::text).toArray(String[]::new),
                        column(batch, NewClaim::sourceFile), column(batch, c -> text(c.peppol())),
                        column(batch, NewClaim::dueDateBasis), column(batch, NewClaim::creditFor))
                .query((row, n) -> ids.put(new Key(row.getString(2), row.getString(3), row.getString(4)),
                        row.getLong(1)))
                .list();
        return ids;
    }

    private void recordRegistered(List<NewClaim> batch, Map<Key, Long> stored) {
        List<Long> ids = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (NewClaim claim : batch) {
            Long id = stored.get(Key.of(claim));
            if (id != null) {
                claim.ruleFailures().forEach(failure -> claims.saveRuleFailure(id, failure));
                ids.add(id);
                details.add(Claims.registeredDetail(claim));
            }
        }
        jdbc.sql("INSERT INTO claim_events (claim_id, kind, detail) "
                        + "SELECT id, 'REGISTERED', detail FROM unnest(?::bigint[], ?::text[]) AS e(id, detail)")
                .params(ids.toArray(Long[]::new), details.toArray(String[]::new)).update();
    }

    /** Credit notes stored earlier that name one of the new invoices are applied to it now. */
    private void settleWaitingCredits(String connectorId, List<NewClaim> batch, Map<Key, Long> stored) {
        java.util.Set<String> waiting = java.util.Set.copyOf(jdbc.sql("SELECT seller_key || '|' || credit_for_number FROM claims "
                        + "WHERE connector_id = ? AND credit_for_number = ANY(?) AND credit_applied_to IS NULL")
                .params(connectorId, batch.stream().map(NewClaim::number).distinct().toArray(String[]::new))
                .query(String.class).list());
        for (NewClaim claim : batch) {
            Long id = stored.get(Key.of(claim));
            if (id != null && waiting.contains(claim.sellerKey() + "|" + claim.number())) {
                claims.settleCredits(claim, id);
            }
        }
    }

    private static String[] column(List<NewClaim> batch, java.util.function.Function<NewClaim, String> value) {
        return batch.stream().map(value).toArray(String[]::new);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The key a claim is stored under within its connector. */
    private record Key(String sellerKey, String documentType, String number) {

        static Key of(NewClaim claim) {
            return new Key(claim.sellerKey(), claim.documentType().name(), claim.number());
        }
    }
}
