package be.smartcredit.hub.dispatch;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Tells whether an e-mail address can be written to at all (syntax and a dotted domain). */
final class EmailAddresses {

    private EmailAddresses() {
    }

    static boolean valid(String address) {
        if (address == null || address.isBlank() || address.length() > 254) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address.trim(), true);
            String domain = parsed.getAddress().substring(parsed.getAddress().indexOf('@') + 1);
            return parsed.getPersonal() == null && domain.contains(".") && !domain.endsWith(".");
        } catch (AddressException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }
}
