package io.corpuscope.ingest.read;

import java.util.List;

/**
 * What the first bytes of a file say when it is not UTF-8 text: a known binary format by its
 * signature (an image, a PDF, an archive, compressed data under a plain name), NUL bytes, or
 * text in UTF-16/UTF-32. A file like that is one quarantine record — {@code binary_content} or
 * {@code invalid_utf8} — instead of a quarantine row for every stretch of bytes between two
 * newline bytes.
 */
public final class BinarySignatures {
  /** How many leading bytes are inspected. */
  public static final int HEAD_BYTES = 8192;

  /** Why a file is not read as text: the quarantine reason and a detail saying what to do. */
  public record Verdict(String reason, String detail) {
  }

  private record Signature(byte[] magic, String what) {
    boolean matches(byte[] head, int length) {
      if (length < magic.length) {
        return false;
      }
      for (int i = 0; i < magic.length; i++) {
        if (head[i] != magic[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final List<Signature> BINARY = List.of(
      sig("a PNG image", 0x89, 'P', 'N', 'G', '\r', '\n'),
      sig("a JPEG image", 0xFF, 0xD8, 0xFF),
      sig("a GIF image", 'G', 'I', 'F', '8'),
      sig("a PDF document", '%', 'P', 'D', 'F', '-'),
      sig("a ZIP archive (or an Office document)", 'P', 'K', 3, 4),
      sig("gzip-compressed data (name the file *.gz to have it decompressed)", 0x1F, 0x8B),
      sig("bzip2-compressed data (name the file *.bz2 to have it decompressed)", 'B', 'Z', 'h'),
      sig("zstd-compressed data (name the file *.zst to have it decompressed)", 0x28, 0xB5, 0x2F, 0xFD),
      sig("a Parquet file (name it *.parquet)", 'P', 'A', 'R', '1'));

  private static final List<Signature> WIDE_TEXT = List.of(
      sig("UTF-32 text (byte-order mark FF FE 00 00)", 0xFF, 0xFE, 0, 0),
      sig("UTF-32 text (byte-order mark 00 00 FE FF)", 0, 0, 0xFE, 0xFF),
      sig("UTF-16 text (byte-order mark FF FE)", 0xFF, 0xFE),
      sig("UTF-16 text (byte-order mark FE FF)", 0xFE, 0xFF));

  private BinarySignatures() {}

  /** The verdict on a file whose first {@code length} bytes are {@code head}; null when it may be UTF-8 text. */
  public static Verdict of(byte[] head, int length) {
    for (Signature s : WIDE_TEXT) {
      if (s.matches(head, length)) {
        return wide(s.what());
      }
    }
    for (Signature s : BINARY) {
      if (s.matches(head, length)) {
        return new Verdict("binary_content", "the file is " + s.what() + ", not text");
      }
    }
    int n = Math.min(length, HEAD_BYTES);
    int nulsAtEven = 0;
    int nulsAtOdd = 0;
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        if (i % 2 == 0) {
          nulsAtEven++;
        } else {
          nulsAtOdd++;
        }
      }
    }
    if (nulsAtEven + nulsAtOdd == 0) {
      return null;
    }
    // Latin-script text in UTF-16 has a NUL in most other bytes, all on the same side
    if (n >= 8 && (nulsAtEven == 0 && nulsAtOdd >= n / 3 || nulsAtOdd == 0 && nulsAtEven >= n / 3)) {
      return wide("UTF-16 text without a byte-order mark");
    }
    return new Verdict("binary_content", "the file holds NUL bytes: binary data, not text");
  }

  public static Verdict of(byte[] head) {
    return of(head, head.length);
  }

  private static Verdict wide(String what) {
    return new Verdict("invalid_utf8", "the file is " + what + "; corpuscope reads UTF-8: convert it (for example "
        + "with iconv -t UTF-8)");
  }

  private static Signature sig(String what, int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return new Signature(b, what);
  }
}
