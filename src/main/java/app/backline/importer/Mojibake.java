package app.backline.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was written as UTF-8 bytes, one character U+0000–U+00FF per byte (Instagram's
 * "Download your information" files escape them as JSON {@code \}{@code u00XX}): the four characters
 * U+00F0 U+009F U+0087 U+00A8 become the one code point U+1F1E8 they encode.
 * Text is re-decoded only when every character fits in a byte, at least one is above ASCII, and
 * the bytes are valid UTF-8; anything else is returned as it is, so repaired or genuinely Latin-1
 * text is never damaged.
 */
final class Mojibake {

    private Mojibake() {
    }

    /** @return the repaired text, or {@code text} itself ({@code null} stays {@code null}) */
    static String repair(String text) {
        if (text == null) {
            return null;
        }
        boolean nonAscii = false;
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return text;
            }
            nonAscii |= c > 0x7F;
            bytes[i] = (byte) c;
        }
        if (!nonAscii) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }
}
