package be.smartcredit.hub.dispatch;

/** Delivery status notifications (RFC 3464) as a mail server writes them, for tests. */
public final class Bounces {

    private Bounces() {
    }

    /** A report that delivery to {@code recipient} failed for good, returning the headers of {@code messageId}. */
    public static String failed(String recipient, String messageId) {
        return """
                From: Mail Delivery System <MAILER-DAEMON@mx.example>
                To: bounces@smartcredit.example
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

                --BOUNDARY
                Content-Type: text/plain; charset=us-ascii

                The mail system could not deliver your message.

                --BOUNDARY
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example
                Arrival-Date: Mon, 2 Mar 2026 10:00:00 +0100

                Final-Recipient: rfc822; %1$s
                Original-Recipient: rfc822;%1$s
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 <%1$s>: Recipient address rejected:
                  User unknown in virtual mailbox table

                --BOUNDARY
                Content-Type: text/rfc822-headers

                Message-ID: %2$s
                From: Someone <someone@client.example>
                To: %1$s
                Subject: Reminder

                --BOUNDARY--
                """.formatted(recipient, messageId).replace("\n", "\r\n");
    }
}
