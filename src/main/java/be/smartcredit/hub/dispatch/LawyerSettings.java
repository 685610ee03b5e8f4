package be.smartcredit.hub.dispatch;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The lawyer who signs the lawyer's letters ({@code smartcredit.lawyer.*}); without a name no lawyer's letter
 * can be sent, since the law asks the letter to say who the lawyer is.
 *
 * @param name the lawyer's name
 * @param office the law firm, or {@code null}
 * @param bar the bar the lawyer belongs to
 * @param enterpriseNumber the lawyer's or the firm's enterprise number
 * @param address street, postcode and city
 * @param phone the number debtors can call
 * @param email an e-mail address, or {@code null}
 */
@ConfigurationProperties("smartcredit.lawyer")
public record LawyerSettings(String name, String office, String bar, String enterpriseNumber, List<String> address,
        String phone, String email) {

    /** Refuses, at start-up, a lawyer with a name but without what every lawyer's letter must show. */
    public LawyerSettings {
        String missing = configured(name) ? missing(bar, enterpriseNumber, address, phone) : null;
        if (missing != null) {
            throw new IllegalArgumentException("smartcredit.lawyer.name is set, so " + missing + " must be set too: "
                    + "a lawyer's letter shows the lawyer's bar, enterprise number, address and phone");
        }
    }

    /** The first setting a named lawyer lacks, or {@code null}. */
    static String missing(String bar, String enterpriseNumber, List<String> address, String phone) {
        if (blank(bar)) {
            return "smartcredit.lawyer.bar";
        }
        if (blank(enterpriseNumber)) {
            return "smartcredit.lawyer.enterprise-number";
        }
        if (address == null || address.isEmpty() || address.stream().allMatch(LawyerSettings::blank)) {
            return "smartcredit.lawyer.address";
        }
        return blank(phone) ? "smartcredit.lawyer.phone" : null;
    }

    private static boolean configured(String name) {
        return !blank(name);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Whether a lawyer is named, and so lawyer's letters can be signed. */
    public boolean configured() {
        return name != null && !name.isBlank();
    }
}
