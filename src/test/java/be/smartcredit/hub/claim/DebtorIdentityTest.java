package be.smartcredit.hub.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DebtorIdentityTest {

    @Test
    void readsTheEnterpriseNumberOutOfABelgianVatNumber() {
        DebtorIdentity identity = debtor("BE 0403.170.701", null, null).identity();

        assertThat(identity.vat()).isEqualTo("BE0403170701");
        assertThat(identity.enterprise()).isEqualTo("0403170701");
        assertThat(identity.primaryKey()).isEqualTo("vat:BE0403170701");
    }

    @Test
    void normalisesTheEmailAddress() {
        DebtorIdentity identity = debtor(null, null, " Jan@Example.BE ").identity();

        assertThat(identity.email()).isEqualTo("jan@example.be");
        assertThat(identity.hasIdentifiers()).isTrue();
    }

    @Test
    void fallsBackToTheNameWhenNothingElseIsGiven() {
        DebtorIdentity identity = debtor(null, null, null).identity();

        assertThat(identity.hasIdentifiers()).isFalse();
        assertThat(identity.primaryKey()).isEqualTo("name:jan peeters");
    }

    private static NewClaim.NewDebtor debtor(String vat, String company, String email) {
        return new NewClaim.NewDebtor("Jan Peeters", null, null, null, null, "BE", email, null, vat, company,
                null, "CONSUMER", "nl");
    }
}
