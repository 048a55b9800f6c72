package io.corpuscope.ingest;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.JobConfig;
import io.corpuscope.ingest.read.InputFileReader;
import io.corpuscope.ingest.read.MetadataKeys;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The input as configured, read and parsed into raw records (text folders joined to their metadata). */
public final class RawInput {
  private static final Logger LOG = LoggerFactory.getLogger(RawInput.class);

  private RawInput() {}

  public static Dataset<RawRecord> read(SparkSession spark, JobConfig config) {
    return read(spark, config, resolve(spark, config));
  }

  /** The files (and empty folders) that {@code --input} names; exit code 3 when there is none. */
  public static InputResolver.Inputs resolve(SparkSession spark, JobConfig config) {
    return new InputResolver(spark.sparkContext().hadoopConfiguration())
        .resolve(config.get(ConfigKeys.INPUT), config.get(ConfigKeys.INPUT_FORMAT));
  }

  /** The records of files already resolved. */
  public static Dataset<RawRecord> read(SparkSession spark, JobConfig config, InputResolver.Inputs inputs) {
    LOG.info("reading {} input file(s)", inputs.fileCount());
    InputFileReader reader = new InputFileReader(config.get(ConfigKeys.FIELD), config.get(ConfigKeys.INPUT_FORMAT),
        config.get(ConfigKeys.MAX_TEXT_CHARS));
    Dataset<RawRecord> raw = RawRecordSource.read(spark, inputs, reader, config.get(ConfigKeys.FIELD));
    if (inputs.streamed().stream().anyMatch(MetadataKeys::isMetadataFile)) {
      raw = MetadataJoin.apply(raw);
    }
    return raw;
  }
}
