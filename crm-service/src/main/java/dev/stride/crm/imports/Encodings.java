package dev.stride.crm.imports;

import dev.stride.crm.platform.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The text encodings an import accepts: UTF-8 (with or without BOM) and Shift_JIS as Japanese Excel writes it
 * (Windows-31J, CP932). {@code auto} takes UTF-8 when the whole file is valid UTF-8, else CP932.
 */
final class Encodings {

    static final Charset CP932 = Charset.forName("windows-31j");

    private Encodings() {
    }

    /** The charset to read {@code file} with; a 400 naming {@code encoding} when the file is not in it. */
    static Charset of(Path file, String requested) throws IOException {
        String name = requested == null ? "auto" : requested.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "auto" -> decodes(file, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : requireDecodes(file, CP932,
                    "is neither UTF-8 nor Shift_JIS; save the file as CSV UTF-8 or CSV (Shift_JIS) and try again");
            case "utf-8", "utf8" -> requireDecodes(file, StandardCharsets.UTF_8, "says UTF-8, but the file is not "
                    + "valid UTF-8; did Excel save it as Shift_JIS? Try encoding=Shift_JIS");
            case "shift_jis", "sjis", "cp932", "windows-31j" -> requireDecodes(file, CP932, "says Shift_JIS, but "
                    + "the file is not valid Shift_JIS; try encoding=UTF-8");
            default -> throw new ProblemException.InvalidField("encoding", "must be auto, UTF-8 or Shift_JIS");
        };
    }

    /** Skips a UTF-8 byte order mark at the start of {@code in}, if there is one. */
    static InputStream withoutBom(InputStream in, Charset charset) throws IOException {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return in;
        }
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf)) {
            in.reset();
        }
        return in;
    }

    private static Charset requireDecodes(Path file, Charset charset, String message) throws IOException {
        if (!decodes(file, charset)) {
            throw new ProblemException.InvalidField("encoding", message);
        }
        return charset;
    }

    private static boolean decodes(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(Files.readAllBytes(file)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
