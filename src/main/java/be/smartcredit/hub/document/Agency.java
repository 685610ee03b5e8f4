package be.smartcredit.hub.document;

import java.util.List;

/**
 * The collection agency that writes in agency mode, as its letters present it.
 *
 * @param name the legal name
 * @param enterpriseNumber the Belgian enterprise number (KBO/BCE)
 * @param addressLines street, postcode and city
 * @param phone the number debtors can call; a formal notice must give it
 * @param email an e-mail address for questions, or {@code null}
 * @param logo a class path location of the agency's logo, or {@code null}
 * @param registration the agency's registration with the FPS Economy as a collection agency, or {@code null}
 */
public record Agency(
        String name,
        String enterpriseNumber,
        List<String> addressLines,
        String phone,
        String email,
        String logo,
        String registration) implements Sender {

    public Agency {
        LetterChecks.requireText(name, "agency name");
        LetterChecks.requireText(enterpriseNumber, "agency enterprise number");
        LetterChecks.requireText(phone, "agency phone number");
        addressLines = LetterChecks.addressLines(addressLines, "agency");
        LetterChecks.requireLogo(logo);
    }
}
