package io.corpuscope.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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

  /** Decodes leniently, for excerpts of records that failed strict decoding. */
  public static String decodeLenient(byte[] bytes, int maxBytes) {
    return new String(bytes, 0, Math.min(bytes.length, maxBytes), StandardCharsets.UTF_8);
  }
}
