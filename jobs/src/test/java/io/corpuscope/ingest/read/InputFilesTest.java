package io.corpuscope.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names as the accounting shows them. */
class InputFilesTest {
  @Test
  void sparksFileUriBecomesThePathAsListed() {
    assertThat(InputFiles.listedPath("file:///data/dir%20with%20spaces/%C3%BCn%C3%AF%E2%80%94news.parquet"))
        .isEqualTo("file:/data/dir with spaces/ünï—news.parquet");
    assertThat(InputFiles.listedPath("file:///data/dir%20with%20spaces/ünï—news.parquet"))
        .isEqualTo("file:/data/dir with spaces/ünï—news.parquet");
    assertThat(InputFiles.listedPath("hdfs://nn:8020/news/50%25%20off.parquet"))
        .isEqualTo("hdfs://nn:8020/news/50% off.parquet");
    assertThat(InputFiles.listedPath("s3a://bucket/a+b.parquet")).isEqualTo("s3a://bucket/a+b.parquet");
  }

  @Test
  void somethingThatIsNotAUriIsKeptAsItIs() {
    assertThat(InputFiles.listedPath("not a uri %zz")).isEqualTo("not a uri %zz");
    assertThat(InputFiles.listedPath(null)).isNull();
  }
}
