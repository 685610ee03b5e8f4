package be.smartcredit.hub.document;

import java.util.List;

/**
 * The lawyer who signs a lawyer's letter on the creditor's behalf; the letter carries the lawyer's letterhead.
 *
 * @param name the lawyer's name, e.g. {@code Mr. An Verbeke}
 * @param office the law firm, or {@code null}
 * @param bar the bar the lawyer belongs to, e.g. {@code Balie Gent}
 * @param enterpriseNumber the enterprise number (KBO/BCE) of the lawyer or the firm
 * @param addressLines street, postcode and city
 * @param phone the number debtors can call
 * @param email an e-mail address, or {@code null}
 * @param logo a class path location of the firm's logo, or {@code null}
 */
public record Lawyer(
        String name,
        String office,
        String bar,
        String enterpriseNumber,
        List<String> addressLines,
        String phone,
        String email,
        String logo) implements Sender {

    public Lawyer {
        LetterChecks.requireText(name, "lawyer's name");
        LetterChecks.requireText(bar, "lawyer's bar");
        LetterChecks.requireText(enterpriseNumber, "lawyer's enterprise number");
        LetterChecks.requireText(phone, "lawyer's phone number");
        addressLines = LetterChecks.addressLines(addressLines, "lawyer");
        LetterChecks.requireLogo(logo);
    }
}
