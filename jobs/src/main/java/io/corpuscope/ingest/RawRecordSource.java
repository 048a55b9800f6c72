package io.corpuscope.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import io.corpuscope.config.FieldMapping;
import io.corpuscope.ingest.read.InputFileReader;
import io.corpuscope.ingest.read.InputFiles;
import io.corpuscope.spark.HadoopConf;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the resolved input files into one Dataset of {@link RawRecord}s. Streamed formats are
 * opened file by file on the executors (so a broken line is a record to quarantine, with its
 * line number, not a failed job); Parquet goes through Spark's own reader.
 */
public final class RawRecordSource {
  public static final Encoder<RawRecord> ENCODER = Encoders.bean(RawRecord.class);

  private RawRecordSource() {}

  public static Dataset<RawRecord> read(SparkSession spark, InputResolver.Inputs inputs, InputFileReader reader,
      FieldMapping mapping) {
    Dataset<RawRecord> streamed = streamed(spark, inputs.streamed(), reader);
    if (inputs.parquet().isEmpty()) {
      return streamed;
    }
    // A Parquet file without a readable footer (cut short, not Parquet at all) would fail Spark's
    // reader and with it the whole run: it is quarantined instead, and the others are read.
    List<RawRecord> unreadable = unreadableParquet(spark, inputs.parquet());
    List<String> readable = new ArrayList<>(inputs.parquet());
    unreadable.forEach(r -> readable.remove(r.getInputFile()));
    Dataset<RawRecord> all = streamed;
    if (!readable.isEmpty()) {
      all = all.unionByName(parquet(spark, readable, mapping));
    }
    if (!unreadable.isEmpty()) {
      all = all.unionByName(spark.createDataset(unreadable, ENCODER));
    }
    return all;
  }

  /** The Parquet files whose footer cannot be read, each as an {@code unreadable_file} record (checked on the executors). */
  private static List<RawRecord> unreadableParquet(SparkSession spark, List<String> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
    int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
    return jsc.parallelize(files, slices).flatMap(path -> {
      try (ParquetFileReader footer = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(path), conf.get()))) {
        footer.getFooter();
        return Collections.emptyIterator();
      } catch (IOException | RuntimeException e) {
        return Collections.singletonList(RawRecord.at(path, 0, "file").problem("unreadable_file",
            "not a readable Parquet file (cut short, or not Parquet): " + e.getMessage(), null)).iterator();
      }
    }).collect();
  }

  private static Dataset<RawRecord> streamed(SparkSession spark, List<String> files, InputFileReader reader) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (files.isEmpty()) {
      return spark.createDataset(Collections.emptyList(), ENCODER);
    }
    HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
    // One file per task up to a few tasks per core; many small files share tasks.
    int slices = Math.max(1, Math.min(files.size(), Math.max(jsc.defaultParallelism() * 4, files.size() / 500)));
    JavaRDD<RawRecord> records = jsc.parallelize(files, slices).flatMap(path -> open(path, conf, reader));
    return spark.createDataset(records.rdd(), ENCODER);
  }

  private static Iterator<RawRecord> open(String path, HadoopConf conf, InputFileReader reader) {
    InputStream in;
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(conf.get());
      // The local file system's checksum layer cannot name the ".x.crc" of a file with a ':' in its
      // name and fails to open it; input is read as it is, without it.
      in = (fs instanceof ChecksumFileSystem local ? local.getRawFileSystem() : fs).open(p);
    } catch (IOException | RuntimeException e) {
      return Collections.singletonList(RawRecord.at(path, 0, "file")
          .problem("unreadable_file", "cannot open: " + e, null)).iterator();
    }
    return closingAtEnd(reader.records(path, in), in);
  }

  private static Iterator<RawRecord> closingAtEnd(Iterator<RawRecord> it, InputStream in) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        boolean more = it.hasNext();
        if (!more) {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return more;
      }

      @Override
      public RawRecord next() {
        return it.next();
      }
    };
  }

  private static Dataset<RawRecord> parquet(SparkSession spark, List<String> files, FieldMapping mapping) {
    Dataset<Row> df = spark.read().parquet(files.toArray(String[]::new));
    StructType schema = df.schema();
    List<Column> cols = new ArrayList<>();
    for (String field : FieldMapping.FIELDS) {
      String source = mapping.sourceOf(field);
      Column c = hasPath(schema, source) ? col(source).cast("string") : lit(null).cast("string");
      cols.add(c.as(beanName(field)));
    }
    // the row's place in its file (1-based, like CSV rows): the same however Spark splits the files
    Column index = col("_metadata.row_index").plus(1);
    cols.add(input_file_name().as("inputFile"));
    cols.add(index.as("recordIndex"));
    cols.add(concat(lit("row "), index.cast("string")).as("recordRef"));
    for (String nullCol : List.of("problem", "problemDetail", "rawExcerpt", "metadataKey")) {
      cols.add(lit(null).cast("string").as(nullCol));
    }
    cols.add(lit(false).as("metadataRow"));
    // Spark names the file by its URI ("file:///a%20b/c.parquet"); the accounting names it as listed ("file:/a b/c.parquet")
    return df.select(cols.toArray(Column[]::new)).as(ENCODER).map((MapFunction<RawRecord, RawRecord>) r -> {
      r.setInputFile(InputFiles.listedPath(r.getInputFile()));
      return r;
    }, ENCODER);
  }

  private static boolean hasPath(StructType schema, String dotted) {
    StructType s = schema;
    String[] parts = dotted.split("\\.");
    for (int i = 0; i < parts.length; i++) {
      int idx = List.of(s.fieldNames()).indexOf(parts[i]);
      if (idx < 0) {
        return false;
      }
      if (i < parts.length - 1) {
        if (!(s.fields()[idx].dataType() instanceof StructType inner)) {
          return false;
        }
        s = inner;
      }
    }
    return true;
  }

  private static String beanName(String field) {
    return field.equals("published_date") ? "publishedDate" : field;
  }
}
