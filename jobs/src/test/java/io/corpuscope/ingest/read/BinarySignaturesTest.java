package io.corpuscope.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Binary and wide-character files are told from UTF-8 text by their first bytes. */
class BinarySignaturesTest {
  private static BinarySignatures.Verdict of(String latin1) {
    return BinarySignatures.of(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void textInAnyScriptIsNotBinary() {
    assertThat(BinarySignatures.of("{\"text\":\"Caf\u00e9, \u041c\u0438\u0440, \u90e8\u957f \uD83D\uDC4D\"}\n"
        .getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(BinarySignatures.of(new byte[0])).isNull();
  }

  @Test
  void knownFormatsAreNamed() {
    assertThat(of("%PDF-1.7\n%\u00e2\u00e3").detail()).contains("PDF");
    assertThat(of("\u001f\u008b\u0008\u0000").detail()).contains("gzip").contains(".gz");
    assertThat(of("PK\u0003\u0004rest").detail()).contains("ZIP");
    assertThat(of("\u00ff\u00d8\u00ff\u00e0").reason()).isEqualTo("binary_content");
  }

  @Test
  void nulBytesAreBinary() {
    assertThat(of("abc\u0000\u0001\u0002xyz\u0000").reason()).isEqualTo("binary_content");
  }

  @Test
  void utf16IsAnEncodingProblemWithOrWithoutAByteOrderMark() {
    String text = "{\"id\":\"x\",\"text\":\"NATO allies met in Brussels.\"}\n";
    assertThat(BinarySignatures.of(text.getBytes(StandardCharsets.UTF_16)).reason()).isEqualTo("invalid_utf8");
    BinarySignatures.Verdict le = BinarySignatures.of(text.getBytes(StandardCharsets.UTF_16LE));
    assertThat(le.reason()).isEqualTo("invalid_utf8");
    assertThat(le.detail()).contains("UTF-16");
  }
}
