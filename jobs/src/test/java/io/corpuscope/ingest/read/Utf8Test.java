package io.corpuscope.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Invalid UTF-8 is reported with where it starts, so a user can find the byte. */
class Utf8Test {
  @Test
  void theFirstInvalidByteIsNamedWithItsOffset() {
    byte[] latin1 = "Caf\u00e9 owners".getBytes(Charset.forName("windows-1252"));
    assertThat(Utf8.decodeStrict(latin1)).isNull();
    assertThat(Utf8.firstInvalid(latin1)).isEqualTo("byte 0xE9 at offset 3");
    assertThat(Utf8.notUtf8Detail("the line", latin1)).contains("byte 0xE9 at offset 3").contains("Windows-1252");
  }

  @Test
  void validTextHasNoInvalidByteHoweverLong() {
    byte[] long8 = "\u00e9\u4e2d\uD83D\uDC4D".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.firstInvalid(long8)).isEmpty();
    byte[] lateError = (("x".repeat(20_000)) + "\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Utf8.firstInvalid(lateError)).isEqualTo("byte 0xE9 at offset 20000");
  }
}
