package io.corpuscope.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.config.FieldMapping;
import io.corpuscope.ingest.InputFormat;
import io.corpuscope.ingest.RawRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The streaming readers, without Spark: every record comes out, broken ones with a reason. */
class InputFileReaderTest {
  private final InputFileReader reader = new InputFileReader(FieldMapping.defaults(), InputFormat.AUTO, 1_000);

  private List<RawRecord> read(String path, byte[] bytes) {
    List<RawRecord> out = new ArrayList<>();
    reader.records(path, new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(String s) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(utf8(s));
    }
    return b.toByteArray();
  }

  @Test
  void jsonLinesKeepLineNumbersAndSkipBlankLines() {
    List<RawRecord> r = read("a.jsonl", utf8("{\"id\":\"x\",\"text\":\"one\"}\n\n{\"id\":\"y\",\"text\":\"two\"}\r\n"));
    assertThat(r).extracting(RawRecord::getRecordRef).containsExactly("line 1", "line 3");
    assertThat(r).extracting(RawRecord::getText).containsExactly("one", "two");
  }

  @Test
  void aTruncatedGzipKeepsTheLinesBeforeTheBreakAndReportsTheRest() throws Exception {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      s.append("{\"id\":\"r").append(i).append("\",\"text\":\"record number ").append(i).append(" of many\"}\n");
    }
    byte[] whole = gzip(s.toString());
    List<RawRecord> r = read("a.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
    RawRecord last = r.get(r.size() - 1);
    assertThat(last.getProblem()).isEqualTo("truncated_input");
    assertThat(last.getRecordRef()).startsWith("after line ");
    assertThat(r.subList(0, r.size() - 1)).isNotEmpty().allMatch(x -> x.getProblem() == null);
  }

  @Test
  void anOverlongLineIsReportedWithoutBeingHeldInMemory() {
    String big = "{\"id\":\"big\",\"text\":\"" + "x".repeat(200_000) + "\"}\n";
    List<RawRecord> r = read("a.jsonl", utf8(big + "{\"id\":\"ok\",\"text\":\"fine\"}\n"));
    assertThat(r.get(0).getProblem()).isEqualTo("line_too_long");
    assertThat(r.get(1).getId()).isEqualTo("ok");
  }

  @Test
  void aJsonArrayLineIsMalformedNotAnArticle() {
    assertThat(read("a.ndjson", utf8("[1,2,3]\n")).get(0).getProblem()).isEqualTo("malformed_json");
  }

  @Test
  void csvWithTheWrongDelimiterSaysWhichColumnIsMissing() {
    List<RawRecord> r = read("a.csv", utf8("id;text;published_date\n1;hello;2025-01-01\n"));
    assertThat(r).singleElement().satisfies(x -> {
      assertThat(x.getProblem()).isEqualTo("missing_field");
      assertThat(x.getProblemDetail()).contains("no column 'text'").contains("wrong delimiter");
    });
  }

  @Test
  void tabSeparatedFilesAreCsvWithTabs() {
    List<RawRecord> r = read("a.tsv", utf8("id\ttext\n7\tsome words here\n"));
    assertThat(r).singleElement().satisfies(x -> assertThat(x.getText()).isEqualTo("some words here"));
  }

  @Test
  void aBinaryFileInATextDirectoryIsQuarantinedAsBinary() {
    assertThat(read("dir/image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}).get(0).getProblem())
        .isEqualTo("binary_content");
  }

  @Test
  void aTextFileIsOneArticleNamedAfterTheFile() {
    RawRecord r = read("dir/000_abc.txt", utf8("\uFEFFHeadline\n\nBody text.")).get(0);
    assertThat(r.getId()).isEqualTo("000_abc");
    assertThat(r.getText()).startsWith("Headline");
    assertThat(r.getMetadataKey()).isEqualTo("dir/000_abc.txt");
  }

  @Test
  void aFileOfAnUnknownKindIsReportedNotGuessed() {
    assertThat(read("dir/SOURCE.md", utf8("# notes")).get(0).getProblem()).isEqualTo("unsupported_format");
  }

  @Test
  void metadataRowsAreKeyedToTheirSiblingFiles() {
    RawRecord r = read("dir/metadata.jsonl", utf8("{\"file\":\"a.txt\",\"published_date\":\"2025-01-02\"}\n")).get(0);
    assertThat(r.isMetadataRow()).isTrue();
    assertThat(r.getMetadataKey()).isEqualTo("dir/a.txt");
    assertThat(r.getPublishedDate()).isEqualTo("2025-01-02");
  }

  @Test
  void anImageNamedJsonLinesIsOneBinaryRecordNotOnePerNewlineByte() {
    byte[] png = java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    assertThat(read("photo.jsonl", png)).singleElement().satisfies(x -> {
      assertThat(x.getProblem()).isEqualTo("binary_content");
      assertThat(x.getRecordRef()).isEqualTo("file");
      assertThat(x.getProblemDetail()).contains("PNG");
    });
  }

  @Test
  void utf16JsonLinesAreOneInvalidUtf8RecordThatSaysSo() {
    byte[] text = utf8("{\"id\":\"x\",\"text\":\"one\"}\n{\"id\":\"y\",\"text\":\"two\"}\n");
    byte[] utf16 = new String(text, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16); // with a BOM
    assertThat(read("a.jsonl", utf16)).singleElement().satisfies(x -> {
      assertThat(x.getProblem()).isEqualTo("invalid_utf8");
      assertThat(x.getProblemDetail()).contains("UTF-16");
    });
  }

  @Test
  void aFileThatIsNotTheCompressionItsNameSaysIsUnreadable() {
    assertThat(read("a.jsonl.gz", utf8("{\"id\":\"x\",\"text\":\"plain, not gzip\"}\n")))
        .singleElement().satisfies(x -> assertThat(x.getProblem()).isEqualTo("unreadable_file"));
  }

  @Test
  void aSmallTruncatedGzipStillKeepsItsLinesAndReportsTheCut() throws Exception {
    byte[] whole = gzip("{\"id\":\"a\",\"text\":\"first\"}\n{\"id\":\"b\",\"text\":\"second, and longer than the"
        + " cut lets through\"}\n");
    List<RawRecord> r = read("a.jsonl.gz", Arrays.copyOf(whole, whole.length - 12)); // the 8-byte trailer and more
    assertThat(r).extracting(RawRecord::getProblem).last().isEqualTo("truncated_input");
    assertThat(r.get(0).getId()).isEqualTo("a");
  }

  @Test
  void aCsvRowWithTooManyFieldsIsQuarantinedAndTheRowsAfterItAreRead() {
    List<RawRecord> r = read("a.csv", utf8("id,text\n1,fine\n2,too, many\n3,after\n"));
    assertThat(r).extracting(RawRecord::getRecordRef).containsExactly("row 1 (line 2)", "row 2 (line 3)", "row 3 (line 4)");
    assertThat(r).extracting(RawRecord::getProblem).containsExactly(null, "malformed_csv", null);
    assertThat(r.get(2).getText()).isEqualTo("after");
  }

  @Test
  void aStrayCharacterAfterAClosingQuoteCostsOnlyItsRow() {
    List<RawRecord> r = read("a.csv", utf8("id,source,title,text,published_date\n"
        + "g1,Src,Good,first text,2025-04-10\n"
        + "st-bad,Src,\"Title\"x,some text,2025-04-11\n"
        + "g2,Src,Good,second text,2025-04-12\n"
        + "g3,Src,\"Good, quoted\",third text,2025-04-13\n"
        + "g4,Src,Good,fourth text,2025-04-14\n"));
    assertThat(r).extracting(RawRecord::getProblem).containsExactly(null, "malformed_csv", null, null, null);
    assertThat(r.get(1).getRecordRef()).isEqualTo("row 2 (line 3)");
    assertThat(r.get(1).getProblemDetail()).contains("after a closing quote");
    assertThat(r).extracting(RawRecord::getId).containsExactly("g1", null, "g2", "g3", "g4");
    assertThat(r.get(3).getTitle()).isEqualTo("Good, quoted");
  }

  @Test
  void aQuoteThatNeverClosesCostsOnlyItsLineAndTheRowsItSwallowedAreRead() {
    List<RawRecord> r = read("a.csv", utf8("id,text\ng1,fine\nbad,\"opens here\ng2,after\ng3,\"quoted, fine\"\r\ng4,last"));
    assertThat(r).extracting(RawRecord::getRecordRef)
        .containsExactly("row 1 (line 2)", "row 2 (line 3)", "row 3 (line 4)", "row 4 (line 5)", "row 5 (line 6)");
    assertThat(r).extracting(RawRecord::getProblem).containsExactly(null, "malformed_csv", null, null, null);
    assertThat(r).extracting(RawRecord::getId).containsExactly("g1", null, "g2", "g3", "g4");
    assertThat(r.get(3).getText()).isEqualTo("quoted, fine");
  }

  @Test
  void aQuoteOpenToTheEndOfTheFileCostsOnlyItsLine() {
    List<RawRecord> r = read("a.csv", utf8("id,text\ng1,fine\nbad,\"opens here\ng2,after\ng3,more\n"));
    assertThat(r).extracting(RawRecord::getProblem).containsExactly(null, "malformed_csv", null, null);
    assertThat(r.get(1).getProblemDetail()).contains("never closes");
    assertThat(r).extracting(RawRecord::getId).containsExactly("g1", null, "g2", "g3");
  }

  @Test
  void aQuotedFieldSpanningLinesIsOneRowNumberedByItsFirstLine() {
    List<RawRecord> r = read("a.csv", utf8("id,text\ng1,\"para one\n\npara \"\"two\"\"\"\ng2,next\n"));
    assertThat(r).extracting(RawRecord::getRecordRef).containsExactly("row 1 (line 2)", "row 2 (line 5)");
    assertThat(r.get(0).getText()).isEqualTo("para one\n\npara \"two\"");
  }

  @Test
  void aTrailingEmptyFieldIsNotAFieldTooMany() {
    assertThat(read("a.csv", utf8("id,text\n1,fine,\n")).get(0).getProblem()).isNull();
  }

  @Test
  void aCsvByteOrderMarkDoesNotStickToTheFirstColumnName() {
    RawRecord r = read("a.csv", utf8("\uFEFFid,text\r\nx1,hello there\r\n")).get(0);
    assertThat(r.getId()).isEqualTo("x1");
    assertThat(r.getText()).isEqualTo("hello there");
  }

  @Test
  void aSemicolonCsvNamesItsSeparatorAndQuarantinesEveryRowOnce() {
    List<RawRecord> r = read("a.csv", utf8("id;title;text\n1;A;\"Rutte said, \"\"we will\"\";\nand more.\"\n2;B;plain\n"));
    assertThat(r).extracting(RawRecord::getRecordRef).containsExactly("row 1 (line 2)", "row 2 (line 4)");
    assertThat(r).allSatisfy(x -> {
      assertThat(x.getProblem()).isEqualTo("missing_field");
      assertThat(x.getProblemDetail()).contains("no column 'text'").contains("separated by ';'")
          .contains("wrong delimiter");
    });
  }

  @Test
  void aWindows1252CsvRowIsInvalidUtf8AndARealReplacementCharacterIsNot() {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.writeBytes(utf8("id,text\n1,\"Caf"));
    b.write(0xE9); // é in Windows-1252
    b.writeBytes(utf8("\"\n2,\"a \uFFFD seen in the source\"\n"));
    List<RawRecord> r = read("a.csv", b.toByteArray());
    assertThat(r).extracting(RawRecord::getProblem).containsExactly("invalid_utf8", null);
    assertThat(r.get(1).getText()).contains("\uFFFD");
  }
}
