package be.smartcredit.hub.claim.inbound;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a CSV export strictly in its declared charset: a byte that does not belong to it is an error, not a '?'. */
final class CsvText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvText() {
    }

    /** The text of the file; a UTF-8 byte order mark is dropped, and then says the file is UTF-8. */
    static String decode(byte[] content, String charsetName, String fileName) {
        boolean bom = startsWithBom(content);
        Charset charset = bom ? StandardCharsets.UTF_8 : Charset.forName(charsetName);
        ByteBuffer in = ByteBuffer.wrap(content, bom ? UTF8_BOM.length : 0, content.length - (bom ? 3 : 0));
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) (content.length * (double) decoder.maxCharsPerByte()) + 1);

        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new UnreadableDocumentException(fileName, "line " + lineAt(content, offset) + ", byte " + offset,
                    "not valid " + charset.name() + " (byte 0x" + String.format("%02X", content[offset])
                            + "); the connector's csv.charset says the export is " + charsetName);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2];
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
