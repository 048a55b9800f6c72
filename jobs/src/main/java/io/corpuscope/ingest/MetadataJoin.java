package io.corpuscope.ingest;

import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import scala.Tuple2;

/**
 * Gives each file of a text-file directory the fields its row in the directory's
 * {@code metadata.jsonl}/{@code .csv} holds (id, source, url, title, dates). Metadata rows are
 * consumed by the join; a broken metadata line, one naming no file, or one naming a file that is
 * not among the inputs, stays a record so that it is quarantined ({@code bad_metadata}) rather
 * than lost. When a file has several metadata rows the first wins.
 */
public final class MetadataJoin {
  private MetadataJoin() {}

  public static Dataset<RawRecord> apply(Dataset<RawRecord> raw) {
    Dataset<RawRecord> marked = raw.map((MapFunction<RawRecord, RawRecord>) r -> {
      if (r.isMetadataRow() && r.getProblem() == null && r.getMetadataKey() == null) {
        r.problem("bad_metadata", "the metadata row names no file (expected a 'file' field)", null);
      }
      return r;
    }, RawRecordSource.ENCODER);
    Dataset<RawRecord> meta = marked
        .filter((FilterFunction<RawRecord>) r -> r.isMetadataRow() && r.getProblem() == null)
        .groupByKey((MapFunction<RawRecord, String>) RawRecord::getMetadataKey, Encoders.STRING())
        .reduceGroups((ReduceFunction<RawRecord>) (a, b) -> a.getRecordIndex() <= b.getRecordIndex() ? a : b)
        .map((MapFunction<Tuple2<String, RawRecord>, RawRecord>) Tuple2::_2, RawRecordSource.ENCODER);
    Dataset<RawRecord> records = marked
        .filter((FilterFunction<RawRecord>) r -> !r.isMetadataRow() || r.getProblem() != null);
    Dataset<RawRecord> files = records.filter((FilterFunction<RawRecord>) r -> !r.isMetadataRow());
    Dataset<RawRecord> orphans = meta
        .join(files, meta.col("metadataKey").equalTo(files.col("metadataKey")), "left_anti")
        .as(RawRecordSource.ENCODER)
        .map((MapFunction<RawRecord, RawRecord>) r -> r.problem("bad_metadata", "the metadata row names the file '"
            + r.getMetadataKey().substring(r.getMetadataKey().lastIndexOf('/') + 1)
            + "', which is not among the input files", null), RawRecordSource.ENCODER);
    return records
        .joinWith(meta, records.col("metadataKey").equalTo(meta.col("metadataKey")), "left_outer")
        .map((MapFunction<Tuple2<RawRecord, RawRecord>, RawRecord>) t -> merge(t._1(), t._2()), RawRecordSource.ENCODER)
        .union(orphans);
  }

  static RawRecord merge(RawRecord record, RawRecord meta) {
    if (meta == null || record.isMetadataRow()) {
      return record;
    }
    if (meta.getId() != null) {
      record.setId(meta.getId());
    }
    if (meta.getSource() != null) {
      record.setSource(meta.getSource());
    }
    if (meta.getUrl() != null) {
      record.setUrl(meta.getUrl());
    }
    if (meta.getTitle() != null) {
      record.setTitle(meta.getTitle());
    }
    if (meta.getPublishedDate() != null) {
      record.setPublishedDate(meta.getPublishedDate());
    }
    if (meta.getYear() != null) {
      record.setYear(meta.getYear());
    }
    return record;
  }
}
