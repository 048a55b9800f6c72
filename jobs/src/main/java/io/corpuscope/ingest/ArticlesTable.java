package io.corpuscope.ingest;

import static org.apache.spark.sql.functions.col;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.spark.TableWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** How the analysis stages read what ingest wrote. */
public final class ArticlesTable {
  private ArticlesTable() {}

  /** The articles table, each story once (duplicate copies left out); a usage error if ingest has not run. */
  public static Dataset<Row> canonical(SparkSession spark, TableWriter writer) {
    Path path = new Path(writer.root(), "articles");
    try {
      if (!writer.fileSystem().exists(new Path(path, "_SUCCESS"))) {
        throw CorpuscopeException.usage("this stage needs the articles table: run ingest first (no " + path + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return spark.read().parquet(path.toString()).filter(col("duplicate_of").isNull());
  }
}
