package be.smartcredit.hub.document;

import java.util.List;

/** Whoever a letter's letterhead shows: the creditor in silent mode, the agency, or the lawyer. */
public interface Sender {

    String name();

    /** The Belgian enterprise number (KBO/BCE), e.g. {@code 0123.456.789}. */
    String enterpriseNumber();

    List<String> addressLines();

    /** A phone number for questions, or {@code null}. */
    String phone();

    /** An e-mail address for questions, or {@code null}. */
    String email();

    /** A class path location of the letterhead logo (PNG, JPEG or SVG), or {@code null}. */
    String logo();
}
