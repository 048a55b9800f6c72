package io.corpuscope.ingest.read;

import io.corpuscope.ingest.RawRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one plain-text file as one article. Its id is the file name without extension (the
 * directory's metadata may give another); its date, source and title come from the metadata.
 * Binary content, invalid UTF-8 and oversized files become records with a problem.
 */
public final class TextFileReader {
  private TextFileReader() {}

  public static RawRecord read(String inputFile, InputStream in, long maxBytes) {
    RawRecord record = RawRecord.at(inputFile, 1, "file");
    record.setMetadataKey(inputFile);
    String name = InputFiles.baseName(inputFile);
    int dot = name.lastIndexOf('.');
    record.setId(dot > 0 ? name.substring(0, dot) : name);
    byte[] bytes;
    try {
      bytes = readAtMost(in, maxBytes + 1);
    } catch (IOException e) {
      return record.problem("truncated_input", "the file could not be read to its end: " + e, null);
    }
    if (bytes.length > maxBytes) {
      return record.problem("text_too_long", "the file has more than " + maxBytes + " bytes (4 bytes a character of "
          + "--max-text-chars " + maxBytes / 4 + "); only its start was read", Utf8.decodeLenient(bytes, 600));
    }
    BinarySignatures.Verdict verdict = BinarySignatures.of(bytes);
    if (verdict != null) {
      return record.problem(verdict.reason(), verdict.detail(), Utf8.decodeLenient(bytes, 300));
    }
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    String text = Utf8.decodeStrict(bytes, bom, bytes.length - bom);
    if (text == null) {
      return record.problem("invalid_utf8", Utf8.notUtf8Detail("the file", bytes), Utf8.decodeLenient(bytes, 600));
    }
    record.setText(text);
    return record;
  }

  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    int n;
    while (out.size() < max && (n = in.read(buf, 0, (int) Math.min(buf.length, max - out.size()))) > 0) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
