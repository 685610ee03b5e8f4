package be.smartcredit.hub.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds or creates the debtors of a batch of claims with one look-up, one insert and one update, deciding as
 * {@link Debtors#save} would have decided for the claims one after the other.
 */
final class DebtorBatch {

    private final JdbcClient jdbc;
    private final String connectorId;
    private final Map<String, Debtor> byVat = new HashMap<>();
    private final Map<String, Debtor> byEnterprise = new HashMap<>();
    private final Map<String, Debtor> byEndpoint = new HashMap<>();
    private final Map<String, Debtor> byEmail = new HashMap<>();
    private final Map<String, Debtor> byIdentityKey = new HashMap<>();
    private final List<Debtor> debtors = new ArrayList<>();

    DebtorBatch(JdbcClient jdbc, String connectorId) {
        this.jdbc = jdbc;
        this.connectorId = connectorId;
    }

    /** The debtor id of each claim, in order; runs inside the batch's transaction, after its debtor lock. */
    List<Long> save(List<NewClaim.NewDebtor> newDebtors) {
        List<DebtorIdentity> identities = newDebtors.stream().map(NewClaim.NewDebtor::identity).toList();
        loadKnown(identities);

        List<Debtor> chosen = new ArrayList<>();
        for (int i = 0; i < newDebtors.size(); i++) {
            chosen.add(merge(identities.get(i), newDebtors.get(i)));
        }

        insertNew();
        updateKnown();
        return chosen.stream().map(debtor -> debtor.id).toList();
    }

    private void loadKnown(List<DebtorIdentity> identities) {
        // Each kind of key is matched on its own, the batch's keys joined to the debtors: the same condition written
        // with OR made PostgreSQL test every debtor of the connector against every key list, for every batch.
        jdbc.sql("""
                SELECT id, identity_key, vat_key, enterprise_key, endpoint_key, email_key FROM debtors
                 WHERE id IN (SELECT d.id FROM unnest(:vat::text[]) AS k(key)
                                JOIN debtors d ON d.connector_id = :connector AND d.vat_key = k.key
                              UNION SELECT d.id FROM unnest(:enterprise::text[]) AS k(key)
                                JOIN debtors d ON d.connector_id = :connector AND d.enterprise_key = k.key
                              UNION SELECT d.id FROM unnest(:endpoint::text[]) AS k(key)
                                JOIN debtors d ON d.connector_id = :connector AND d.endpoint_key = k.key
                              UNION SELECT d.id FROM unnest(:email::text[]) AS k(key)
                                JOIN debtors d ON d.connector_id = :connector AND d.email_key = k.key
                              UNION SELECT d.id FROM unnest(:name::text[]) AS k(key)
                                JOIN debtors d ON d.connector_id = :connector AND d.identity_key = k.key)
                 ORDER BY id""")
                .param("connector", connectorId)
                .param("vat", keys(identities, DebtorIdentity::vat))
                .param("enterprise", keys(identities, DebtorIdentity::enterprise))
                .param("endpoint", keys(identities, DebtorIdentity::endpoint))
                .param("email", keys(identities, DebtorIdentity::email))
                .param("name", keys(identities, DebtorIdentity::nameKey))
                .query((row, n) -> new Debtor(row.getLong("id"), row.getString("identity_key"),
                        new DebtorIdentity(row.getString("vat_key"), row.getString("enterprise_key"),
                                row.getString("endpoint_key"), row.getString("email_key"), null)))
                .list().forEach(this::index);
    }

    private static String[] keys(List<DebtorIdentity> identities,
            java.util.function.Function<DebtorIdentity, String> key) {
        return identities.stream().map(key).filter(Objects::nonNull).distinct().toArray(String[]::new);
    }

    /** The debtor this claim names, known or new, with the claim's data applied as an update would. */
    private Debtor merge(DebtorIdentity identity, NewClaim.NewDebtor data) {
        Debtor debtor = find(identity);
        if (debtor == null) {
            debtor = new Debtor(null, identity.primaryKey(), identity);
        }
        debtor.apply(data, identity);
        index(debtor);
        return debtor;
    }

    private Debtor find(DebtorIdentity identity) {
        if (!identity.hasIdentifiers()) {
            return byIdentityKey.get(identity.nameKey());
        }
        return Stream.of(byVat.get(identity.vat()), byEnterprise.get(identity.enterprise()),
                        byEndpoint.get(identity.endpoint()), byEmail.get(identity.email()))
                .filter(Objects::nonNull).min(java.util.Comparator.comparingInt(d -> d.order)).orElse(null);
    }

    private void index(Debtor debtor) {
        if (debtor.order < 0) {
            debtor.order = debtors.size();
            debtors.add(debtor);
        }
        put(byVat, debtor.keys.vat(), debtor);
        put(byEnterprise, debtor.keys.enterprise(), debtor);
        put(byEndpoint, debtor.keys.endpoint(), debtor);
        put(byEmail, debtor.keys.email(), debtor);
        put(byIdentityKey, debtor.identityKey, debtor);
    }

    // The first debtor (by id, new ones last) holding a key wins, as in the single look-up's ORDER BY id.
    private static void put(Map<String, Debtor> index, String key, Debtor debtor) {
        if (key != null) {
            index.merge(key, debtor, (known, other) -> known.order <= other.order ? known : other);
        }
    }

    private void insertNew() {
        List<Debtor> created = debtors.stream().filter(debtor -> debtor.id == null).toList();
        if (created.isEmpty()) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                INSERT INTO debtors (connector_id, identity_key, name, street, additional_street, postcode, city,
                                     country_code, email, phone, vat_id, company_id, endpoint_id, vat_key,
                                     enterprise_key, endpoint_key, email_key, debtor_type, language)
                SELECT ?, * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                RETURNING identity_key, id""")
                .params(Stream.concat(Stream.of(connectorId), Stream.concat(
                        Stream.of((Object) column(created, d -> d.identityKey)), columns(created).stream())).toList())
                .query((row, n) -> ids.put(row.getString(1), row.getLong(2))).list();
        created.forEach(debtor -> debtor.id = ids.get(debtor.identityKey));
    }

    private void updateKnown() {
        List<Debtor> changed = debtors.stream().filter(debtor -> debtor.id != null && debtor.data != null
                && !debtor.created).toList();
        if (changed.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE debtors d SET name = u.name, street = u.street, additional_street = u.additional_street,
                       postcode = u.postcode, city = u.city, country_code = u.country_code,
                       email = COALESCE(u.email, d.email), phone = COALESCE(u.phone, d.phone),
                       vat_id = COALESCE(u.vat_id, d.vat_id), company_id = COALESCE(u.company_id, d.company_id),
                       endpoint_id = COALESCE(u.endpoint_id, d.endpoint_id),
                       vat_key = COALESCE(d.vat_key, u.vat_key), enterprise_key = COALESCE(d.enterprise_key,
                       u.enterprise_key), endpoint_key = COALESCE(d.endpoint_key, u.endpoint_key),
                       email_key = COALESCE(d.email_key, u.email_key), debtor_type = u.debtor_type,
                       language = u.language
                  FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                              ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                              ?::text[], ?::text[], ?::text[], ?::bigint[])
                       AS u(name, street, additional_street, postcode, city, country_code, email, phone, vat_id,
                            company_id, endpoint_id, vat_key, enterprise_key, endpoint_key, email_key,
                            debtor_type, language, id)
                 WHERE d.id = u.id""")
                .params(Stream.concat(columns(changed).stream(),
                        Stream.of((Object) changed.stream().map(d -> d.id).toArray(Long[]::new))).toList())
                .update();
    }

    private static List<Object> columns(List<Debtor> debtors) {
        return List.of(column(debtors, d -> d.data.name()), column(debtors, d -> d.data.street()),
                column(debtors, d -> d.data.additionalStreet()), column(debtors, d -> d.data.postcode()),
                column(debtors, d -> d.data.city()), column(debtors, d -> d.data.countryCode()),
                column(debtors, d -> d.data.email()), column(debtors, d -> d.data.phone()),
                column(debtors, d -> d.data.vatId()), column(debtors, d -> d.data.companyId()),
                column(debtors, d -> d.data.endpointId()), column(debtors, d -> d.keys.vat()),
                column(debtors, d -> d.keys.enterprise()), column(debtors, d -> d.keys.endpoint()),
                column(debtors, d -> d.keys.email()), column(debtors, d -> d.data.debtorType()),
                column(debtors, d -> d.data.language()));
    }

    private static String[] column(List<Debtor> debtors, java.util.function.Function<Debtor, String> value) {
        return debtors.stream().map(value).toArray(String[]::new);
    }

    /** One debtor of the batch: known (with its id) or to be created, and what the batch's claims say of it. */
    private static final class Debtor {

        private Long id;
        private final String identityKey;
        private final boolean created;
        private DebtorIdentity keys;
        private NewClaim.NewDebtor data;
        private int order = -1;

        Debtor(Long id, String identityKey, DebtorIdentity keys) {
            this.id = id;
            this.identityKey = identityKey;
            this.created = id == null;
            this.keys = keys;
        }

        /** As the update statement does: the latest name and address, identifiers kept once known. */
        void apply(NewClaim.NewDebtor next, DebtorIdentity identity) {
            keys = new DebtorIdentity(first(keys.vat(), identity.vat()), first(keys.enterprise(),
                    identity.enterprise()), first(keys.endpoint(), identity.endpoint()),
                    first(keys.email(), identity.email()), keys.nameKey());
            data = data == null ? next : new NewClaim.NewDebtor(next.name(), next.street(), next.additionalStreet(),
                    next.postcode(), next.city(), next.countryCode(), first(next.email(), data.email()),
                    first(next.phone(), data.phone()), first(next.vatId(), data.vatId()),
                    first(next.companyId(), data.companyId()), first(next.endpointId(), data.endpointId()),
                    next.debtorType(), next.language());
        }

        private static String first(String value, String otherwise) {
            return value != null ? value : otherwise;
        }
    }
}
