package io.corpuscope.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict UTF-8 decoding: invalid bytes are an error to report, not a character to invent. */
public final class Utf8 {
  private Utf8() {}

  /** Decodes strictly; returns null when the bytes are not valid UTF-8. */
  public static String decodeStrict(byte[] bytes, int from, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, from, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  public static String decodeStrict(byte[] bytes) {
    return decodeStrict(bytes, 0, bytes.length);
  }

  /**
   * Says where strict decoding of {@code bytes} fails, for a quarantine detail: "byte 0xE9 at
   * offset 57"; an empty string when they are valid.
   */
  public static String firstInvalid(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return String.format(Locale.ROOT, "byte 0x%02X at offset %d", bytes[in.position()] & 0xFF, in.position());
      }
      if (r.isUnderflow()) {
        return "";
      }
      out.clear(); // only the position of the first error matters
    }
  }

  /** A quarantine detail for bytes that are not UTF-8 ("the line is not valid UTF-8: byte 0xE9 at offset 57 …"). */
  public static String notUtf8Detail(String what, byte[] bytes) {
    String where = bytes == null ? "" : firstInvalid(bytes);
    return what + " is not valid UTF-8" + (where.isEmpty() ? "" : ": " + where)
        + " (Windows-1252 or Latin-1 text? corpuscope reads UTF-8)";
  }

  /** Decodes leniently, for excerpts of records that failed strict decoding. */
  public static String decodeLenient(byte[] bytes, int maxBytes) {
    return new String(bytes, 0, Math.min(bytes.length, maxBytes), StandardCharsets.UTF_8);
  }
}
