package io.corpuscope.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.testing.SharedSpark;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** A surname two corpus people share joins, within a period, the one who holds nearly all of its mentions there. */
class CorpusNamesTest {

  @Test
  void aSharedSurnameJoinsThePersonWhoDominatesItsPeriod() {
    SparkSession spark = SharedSpark.session();
    StructType schema = new StructType().add("speaker", DataTypes.StringType).add("speakerRole", DataTypes.StringType)
        .add("period", DataTypes.StringType);
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(RowFactory.create("Hillary Clinton", "person", "2016-10"));
      rows.add(RowFactory.create("Bill Clinton", "person", "1998-01"));
    }
    rows.add(RowFactory.create("Bill Clinton", "person", "2016-10"));
    rows.add(RowFactory.create("Clinton", "person", "2016-10"));
    rows.add(RowFactory.create("Clinton", "person", "1998-01"));
    rows.add(RowFactory.create("Clinton", "organisation", "2016-10"));
    Dataset<Row> in = spark.createDataFrame(rows, schema);
    Dataset<Row> corpus = CorpusNames.merge(spark, in, "speaker", "speakerRole");
    // across the corpus the surname is shared: not joined
    assertThat(corpus.filter("speaker = 'Clinton' and speakerRole = 'person'").count()).isEqualTo(2);
    List<Row> out = CorpusNames.mergeWithinPeriods(spark, corpus, "speaker", "speakerRole", "period")
        .filter("speakerRole = 'person' and (speaker like '%Clinton')").groupBy("period", "speaker").count()
        .orderBy("period", "speaker").collectAsList();
    assertThat(out).extracting(r -> r.getString(0) + " " + r.getString(1) + " " + r.getLong(2)).containsExactly(
        "1998-01 Bill Clinton 21", "2016-10 Bill Clinton 1", "2016-10 Hillary Clinton 21");
  }
}
