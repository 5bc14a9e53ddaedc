package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text: UTF-16 when they open with its byte-order mark (as Windows
 * editors save "Unicode" text), UTF-8 when they are valid UTF-8 (a byte-order mark dropped), else Windows-1252, the superset of Latin-1 that Western European text not in UTF-8 is nearly
 * always written in ("Café" saved by an older editor). Binary content is recognized over the
 * whole file, not only its start: a NUL byte anywhere, or a stretch of 8 KB with more control
 * bytes than text has.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BLOCK = 8192;

    /** Text decoded from bytes, and the encoding it was decoded with. */
    record Decoded(String text, Charset charset) {}

    private TextDecoder() {}

    /** Why the bytes are binary rather than text, or empty when they are text. */
    static Optional<String> binaryReason(byte[] bytes) {
        if (hasUtf16Bom(bytes)) {
            // every other byte of English in UTF-16 is NUL: the mark says it is text
            return Optional.empty();
        }
        for (int blockStart = 0; blockStart < bytes.length; blockStart += BLOCK) {
            int blockEnd = Math.min(bytes.length, blockStart + BLOCK);
            int control = 0;
            for (int i = blockStart; i < blockEnd; i++) {
                int b = bytes[i] & 0xff;
                if (b == 0) {
                    return Optional.of("binary file (NUL byte at byte " + i + "), not text");
                }
                if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                    control++;
                }
            }
            if (control > (blockEnd - blockStart) / 100 + 1) {
                return Optional.of("binary file (" + control + " control bytes in bytes " + blockStart + "-" + (blockEnd - 1) + "), not text");
            }
        }
        return Optional.empty();
    }

    /** The text of bytes that are not binary. */
    static Decoded decode(byte[] bytes) {
        if (hasUtf16Bom(bytes)) {
            // Java's UTF-16 decoder reads the mark for the byte order and drops it
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), StandardCharsets.UTF_16);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            // one character per byte (the five bytes it leaves undefined become U+FFFD), so offsets stay byte offsets
            String text = new String(bytes, WINDOWS_1252);
            return new Decoded(text, WINDOWS_1252);
        }
    }

    private static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe);
    }
}
