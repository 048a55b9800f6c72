package io.corpuscope.ingest;

import static org.apache.spark.sql.functions.col;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.period.PeriodScope;
import io.corpuscope.spark.TableWriter;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** How the analysis stages read what ingest wrote. */
public final class ArticlesTable {
  private ArticlesTable() {}

  /**
   * The articles table as this run sees it (staged by this run's ingest, else committed), each
   * story once (duplicate copies left out); a usage error if ingest has not run.
   */
  public static Dataset<Row> canonical(SparkSession spark, TableWriter writer) {
    return canonical(spark, writer, PeriodScope.all());
  }

  /** {@link #canonical(SparkSession, TableWriter)} in the periods of {@code scope}. */
  public static Dataset<Row> canonical(SparkSession spark, TableWriter writer, PeriodScope scope) {
    Dataset<Row> articles = writer.read(spark, "articles");
    if (articles == null) {
      throw CorpuscopeException.usage("this stage needs the articles table: run ingest first (no "
          + new Path(writer.root(), "articles") + ")");
    }
    return scope.filter(articles.filter(col("duplicate_of").isNull()));
  }
}
