package io.corpuscope.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Outcomes common to all formats, and the metadata-year convenience. */
class DateParserTest {

  private final DateParser parser = new DateParser(DateOrder.MDY);

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void blankInputIsMissing(String raw) {
    assertThat(parser.parse(raw)).isEqualTo(ParseResult.missing());
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertThat(parser.parse("  2025-04-03 \n").date()).contains(ParsedDate.ofDay(LocalDate.of(2025, 4, 3)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "yesterday", "n/a", "2025-04-03 sometime", "0", "--", "2025-04-03/2025-04-05"})
  void garbageIsUnparseableWithAReasonQuotingTheInput(String raw) {
    ParseResult result = parser.parse(raw);

    assertThat(result.status()).isEqualTo(ParseResult.Status.UNPARSEABLE);
    assertThat(result.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("'" + raw + "'"));
  }

  @Test
  void unrecognisedFormatReasonIsShortAndHuman() {
    assertThat(parser.parse("soon").reason()).contains("unrecognised date format: 'soon'");
  }

  @Test
  void veryLongGarbageIsQuotedOnlyInPart() {
    String article = "word ".repeat(1000);

    assertThat(parser.parse(article).reason())
        .hasValueSatisfying(reason -> assertThat(reason).hasSizeLessThan(150).endsWith("...'"));
  }

  @Test
  void parserKeepsItsOrderThroughJavaSerialisation() throws Exception {
    DateParser copy = roundTrip(new DateParser(DateOrder.DMY));

    assertThat(copy.parse("03/04/2025").date()).contains(ParsedDate.ofDay(LocalDate.of(2025, 4, 3)));
  }

  @Test
  void parseResultSurvivesJavaSerialisation() throws Exception {
    ParseResult result = parser.parse("April 2025");

    assertThat(roundTrip(result)).isEqualTo(result);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", " 2025 ", "2025.0"})
  void metadataYearStringIsReadAsAYear(String raw) {
    assertThat(parser.parseYear(raw).date()).contains(ParsedDate.ofYear(2025));
  }

  @Test
  void metadataYearIntegerIsReadAsAYear() {
    assertThat(parser.parseYear(2025).date()).contains(ParsedDate.ofYear(2025));
  }

  @Test
  void metadataYearDoubleIsReadAsAYear() {
    assertThat(parser.parseYear(2025.0d).date()).contains(ParsedDate.ofYear(2025));
  }

  @Test
  void metadataYearLongIsReadAsAYear() {
    assertThat(parser.parseYear(2025L).date()).contains(ParsedDate.ofYear(2025));
  }

  @ParameterizedTest
  @ValueSource(strings = {"25", "20250", "2025-04", "MMXXV", "2025.5", "-2025", "'2025'"})
  void metadataYearThatIsNotFourDigitsIsUnparseable(String raw) {
    assertThat(parser.parseYear(raw).reason()).contains("'" + raw + "' is not a four-digit year");
  }

  @Test
  void fractionalMetadataYearNumberIsUnparseable() {
    assertThat(parser.parseYear(2025.5d).status()).isEqualTo(ParseResult.Status.UNPARSEABLE);
  }

  @Test
  void absentMetadataYearIsMissing() {
    assertThat(parser.parseYear((Number) null)).isEqualTo(ParseResult.missing());
  }

  @Test
  void blankMetadataYearIsMissing() {
    assertThat(parser.parseYear(" ")).isEqualTo(ParseResult.missing());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
