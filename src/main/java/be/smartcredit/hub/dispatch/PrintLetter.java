package be.smartcredit.hub.dispatch;

import java.util.List;

/**
 * One letter in a print batch, as the print shop's manifest describes it.
 *
 * @param actionId the action the letter belongs to
 * @param fileName the PDF's name in the batch folder
 * @param addressee the name in the envelope window
 * @param addressLines the address lines under the name
 * @param countryCode the destination country (ISO 3166-1 alpha-2), or {@code null} when unknown
 * @param language the letter's language code
 * @param colour whether the letter is printed in colour
 * @param pages the number of pages of the PDF
 * @param registered whether the letter goes by registered mail
 * @param envelope the envelope type, such as {@code C5-WINDOW}
 */
record PrintLetter(long actionId, String fileName, String addressee, List<String> addressLines, String countryCode,
        String language, boolean colour, int pages, boolean registered, String envelope) {

    PrintLetter {
        addressLines = List.copyOf(addressLines);
    }
}
