package be.smartcredit.hub.claim;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds or creates a claim's debtor: a debtor of the same client with the same VAT number, enterprise number,
 * Peppol id or e-mail address is the same debtor, whatever the document calls it.
 */
final class Debtors {

    private final JdbcClient jdbc;

    Debtors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The debtor's id; runs inside the claim's transaction and serialises debtor look-ups per connector. */
    long save(String connectorId, NewClaim.NewDebtor debtor) {
        DebtorIdentity identity = debtor.identity();
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("debtor:" + connectorId).query().singleRow();

        Optional<Long> known = find(connectorId, identity);
        if (known.isPresent()) {
            update(known.get(), debtor, identity);
            return known.get();
        }
        return insert(connectorId, debtor, identity);
    }

    private Optional<Long> find(String connectorId, DebtorIdentity identity) {
        if (!identity.hasIdentifiers()) {
            return jdbc.sql("SELECT id FROM debtors WHERE connector_id = ? AND identity_key = ?")
                    .params(connectorId, identity.nameKey()).query(Long.class).optional();
        }
        return jdbc.sql("""
                SELECT id FROM debtors
                 WHERE connector_id = ? AND (vat_key = ? OR enterprise_key = ? OR endpoint_key = ? OR email_key = ?)
                 ORDER BY id LIMIT 1""")
                .params(connectorId, identity.vat(), identity.enterprise(), identity.endpoint(), identity.email())
                .query(Long.class).optional();
    }

    private void update(long id, NewClaim.NewDebtor debtor, DebtorIdentity identity) {
        jdbc.sql("""
                UPDATE debtors SET name = ?, street = ?, additional_street = ?, postcode = ?, city = ?,
                       country_code = ?, email = COALESCE(?, email), phone = COALESCE(?, phone),
                       vat_id = COALESCE(?, vat_id),
                       company_id = COALESCE(?, company_id), endpoint_id = COALESCE(?, endpoint_id),
                       vat_key = COALESCE(vat_key, ?), enterprise_key = COALESCE(enterprise_key, ?),
                       endpoint_key = COALESCE(endpoint_key, ?), email_key = COALESCE(email_key, ?),
                       debtor_type = ?, language = COALESCE(?, language)
                 WHERE id = ?""")
                .params(debtor.name(), debtor.street(), debtor.additionalStreet(), debtor.postcode(), debtor.city(),
                        debtor.countryCode(), debtor.email(), debtor.phone(), debtor.vatId(), debtor.companyId(),
                        debtor.endpointId(), identity.vat(), identity.enterprise(), identity.endpoint(),
                        identity.email(), debtor.debtorType(), debtor.language(), id)
                .update();
    }

    private long insert(String connectorId, NewClaim.NewDebtor debtor, DebtorIdentity identity) {
        return jdbc.sql("""
                INSERT INTO debtors (connector_id, identity_key, name, street, additional_street, postcode, city,
                                     country_code, email, phone, vat_id, company_id, endpoint_id, vat_key,
                                     enterprise_key, endpoint_key, email_key, debtor_type, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id""")
                .params(connectorId, identity.primaryKey(), debtor.name(), debtor.street(),
                        debtor.additionalStreet(), debtor.postcode(), debtor.city(), debtor.countryCode(),
                        debtor.email(), debtor.phone(), debtor.vatId(), debtor.companyId(), debtor.endpointId(),
                        identity.vat(),
                        identity.enterprise(), identity.endpoint(), identity.email(), debtor.debtorType(),
                        debtor.language())
                .query(Long.class).single();
    }
}
