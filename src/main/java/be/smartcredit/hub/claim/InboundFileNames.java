package be.smartcredit.hub.claim;

import be.smartcredit.hub.claim.inbound.UnreadableDocumentException;

/** Checks the name an inbound file arrived under before it is used in a path or a report. */
final class InboundFileNames {

    private static final int MAX_LENGTH = 200;

    private InboundFileNames() {
    }

    static void requireSafe(String fileName) {
        String shown = fileName == null ? "(none)" : fileName.replaceAll("\\p{Cntrl}", "?");
        if (fileName == null || fileName.isBlank() || fileName.length() > MAX_LENGTH) {
            throw new UnreadableDocumentException(shown, "the file name", "a name of 1 to " + MAX_LENGTH
                    + " characters is needed");
        }
        if (fileName.chars().anyMatch(Character::isISOControl)) {
            throw new UnreadableDocumentException(shown, "the file name", "it holds control characters");
        }
        if (fileName.contains("/") || fileName.contains("\\") || fileName.equals("..") || fileName.startsWith(".")) {
            throw new UnreadableDocumentException(shown, "the file name", "it names a folder or a hidden file "
                    + "('/', '\\', '..' or a leading dot)");
        }
    }
}
