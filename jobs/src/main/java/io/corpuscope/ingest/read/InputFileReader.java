package io.corpuscope.ingest.read;

import io.corpuscope.config.FieldMapping;
import io.corpuscope.ingest.InputFormat;
import io.corpuscope.ingest.RawRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Opens one input file (decompressing by its suffix with Hadoop's codecs: gzip, bzip2, zstd…)
 * and streams its records with the reader its format calls for. Never throws for bad content:
 * what cannot be read becomes a record with a problem.
 */
public final class InputFileReader implements Serializable {
  private static final long serialVersionUID = 1L;

  private final FieldMapping mapping;
  private final InputFormat forced;
  private final int maxTextChars;

  public InputFileReader(FieldMapping mapping, InputFormat forced, int maxTextChars) {
    this.mapping = mapping;
    this.forced = forced;
    this.maxTextChars = maxTextChars;
  }

  /** Streams the records of {@code path}, whose raw bytes {@code raw} yields. */
  public Iterator<RawRecord> records(String path, InputStream raw) {
    InputStream in;
    try {
      in = decompress(path, raw);
    } catch (IOException e) {
      return single(RawRecord.at(path, 0, "file").problem("unreadable_file", e.toString(), null));
    }
    boolean metadata = MetadataKeys.isMetadataFile(path);
    InputFormat format = forced == InputFormat.AUTO || metadata ? InputFiles.formatOf(path) : forced;
    // Room for multi-byte characters and the JSON around the text.
    int maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 16, 4L * maxTextChars + 64 * 1024);
    if (format == null) {
      return single(RawRecord.at(path, 0, "file").problem("unsupported_format",
          "the file name has no suffix corpuscope reads (.jsonl, .json, .csv, .tsv, .parquet, .txt)", null));
    }
    if (format == InputFormat.JSONL || format == InputFormat.CSV) {
      // An image or a UTF-16 file named .jsonl is one bad file, not a bad record per newline byte in it.
      Head head = Head.read(in);
      if (head.length == 0 && head.failure != null) {
        return single(RawRecord.at(path, 0, "file").problem("unreadable_file",
            "cannot read the file (not the compression its name says?): " + head.failure, null));
      }
      BinarySignatures.Verdict verdict = BinarySignatures.of(head.bytes, head.length);
      if (verdict != null) {
        return single(RawRecord.at(path, 0, "file").problem(verdict.reason(), verdict.detail(),
            Utf8.decodeLenient(head.bytes, Math.min(head.length, 300))));
      }
      in = head.thenRest(in);
    }
    return switch (format) {
      case JSONL -> new JsonLinesReader(path, in, mapping, maxLineBytes, metadata);
      case CSV -> new CsvReader(path, in, mapping, metadata);
      case TEXT -> single(TextFileReader.read(path, in, 4L * maxTextChars));
      case PARQUET, AUTO -> single(RawRecord.at(path, 0, "file").problem("unsupported_format",
          "Parquet is read by Spark's reader, not as a stream", null));
    };
  }

  /** The first bytes of a stream, read to look at; then the stream is replayed from its start. */
  private static final class Head {
    final byte[] bytes = new byte[BinarySignatures.HEAD_BYTES];
    int length;
    IOException failure;

    static Head read(InputStream in) {
      Head h = new Head();
      try {
        int n;
        while (h.length < h.bytes.length && (n = in.read(h.bytes, h.length, h.bytes.length - h.length)) > 0) {
          h.length += n;
        }
      } catch (IOException e) {
        h.failure = e; // replayed after the bytes before it, so the reader reports it where it happened
      }
      return h;
    }

    InputStream thenRest(InputStream rest) {
      InputStream after = failure == null ? rest : new InputStream() {
        @Override
        public int read() throws IOException {
          throw failure;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          throw failure;
        }
      };
      return new SequenceInputStream(new ByteArrayInputStream(bytes, 0, length), after);
    }
  }

  private static InputStream decompress(String path, InputStream raw) throws IOException {
    CompressionCodec codec = new CompressionCodecFactory(new Configuration(false)).getCodec(new Path(path));
    return codec == null ? raw : codec.createInputStream(raw);
  }

  private static Iterator<RawRecord> single(RawRecord r) {
    return Collections.singletonList(r).iterator();
  }
}
