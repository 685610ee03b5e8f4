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

    public boolean configured() {
        return name != null && !name.isBlank();
    }
}
