package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.dunning.law.BelgianCalendar;
import be.smartcredit.hub.dunning.law.ContactHours;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * The legal contact hours applied to the channels: no e-mail, SMS or WhatsApp between 22:00 and 08:00
 * Brussels time, and no SMS or WhatsApp on Sundays and public holidays. Post is never held: a letter
 * waits in the print batch anyway.
 */
@Component
class LegalContactWindow implements ContactWindow {

    private final ContactHours email;
    private final ContactHours text;

    LegalContactWindow() {
        BelgianCalendar calendar = new BelgianCalendar();
        this.email = new ContactHours(calendar, ContactHours.Medium.EMAIL);
        this.text = new ContactHours(calendar, ContactHours.Medium.SMS);
    }

    @Override
    public ZonedDateTime nextAllowed(Channel channel, ZonedDateTime at) {
        return switch (channel) {
            case POST -> at;
            case EMAIL -> email.nextAllowed(at);
            case SMS, WHATSAPP -> text.nextAllowed(at);
        };
    }
}
