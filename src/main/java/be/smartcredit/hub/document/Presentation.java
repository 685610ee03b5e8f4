package be.smartcredit.hub.document;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * How a letter presents itself: on the client's letterhead (silent mode) or the agency's, in colour or black
 * and white, and with or without a link to the debtor's pay page.
 *
 * @param agency the agency writing on the creditor's behalf, or {@code null} in silent mode
 * @param colours the ink
 * @param payPage the debtor's pay page, printed with a small QR code, or {@code null} for none
 */
public record Presentation(Agency agency, Colours colours, URI payPage) {

    /** A printed link longer than this is hard to type and makes a dense QR code. */
    public static final int MAX_PAY_PAGE_LENGTH = 120;

    public Presentation {
        Objects.requireNonNull(colours, "colours");
        if (payPage != null && !isPrintableWebLink(payPage)) {
            throw new IllegalArgumentException("a pay page is an absolute http(s) link of at most "
                    + MAX_PAY_PAGE_LENGTH + " characters, got '" + payPage + "'");
        }
    }

    /** The client's letterhead, in the hub's accent colour, without a pay page. */
    public static Presentation silentMode() {
        return new Presentation(null, Colours.DEFAULT, null);
    }

    public boolean agencyMode() {
        return agency != null;
    }

    public Presentation withAgency(Agency agency) {
        return new Presentation(agency, colours, payPage);
    }

    public Presentation withColours(Colours colours) {
        return new Presentation(agency, colours, payPage);
    }

    public Presentation withPayPage(URI payPage) {
        return new Presentation(agency, colours, payPage);
    }

    private static boolean isPrintableWebLink(URI link) {
        String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http")) && link.getHost() != null
                && link.toString().length() <= MAX_PAY_PAGE_LENGTH;
    }
}
