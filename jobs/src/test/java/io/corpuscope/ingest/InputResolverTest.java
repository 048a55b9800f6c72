package io.corpuscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.errors.ErrorKind;
import io.corpuscope.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How --input paths become files, without Spark. */
class InputResolverTest {
  @TempDir Path tmp;

  private InputResolver.Inputs resolve(Path... inputs) {
    return new InputResolver(new Configuration()).resolve(
        java.util.Arrays.stream(inputs).map(Path::toString).toList(), InputFormat.AUTO);
  }

  @Test
  void anEmptyFolderBesideOtherInputsIsListedAsEmpty() throws Exception {
    Fixtures.write(tmp.resolve("today/a.jsonl"), "{}\n");
    Path empty = Files.createDirectories(tmp.resolve("other-feed"));
    InputResolver.Inputs in = resolve(tmp.resolve("today"), empty);
    assertThat(in.streamed()).singleElement().asString().endsWith("/today/a.jsonl");
    assertThat(in.emptyFolders()).containsExactly("file:" + empty);
    assertThat(in.accounted()).hasSize(2);
  }

  @Test
  void onlyEmptyFoldersAreUnusableInput() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b/.hidden-only"));
    Fixtures.write(b.resolve("x.jsonl"), "{}\n");
    assertThatThrownBy(() -> resolve(a, tmp.resolve("b")))
        .isInstanceOf(CorpuscopeException.class).hasMessageContaining("no files")
        .satisfies(e -> assertThat(((CorpuscopeException) e).kind()).isEqualTo(ErrorKind.INPUT_UNUSABLE));
  }

  @Test
  void aPathThatDoesNotExistIsUnusableEvenBesideGoodOnes() throws Exception {
    Fixtures.write(tmp.resolve("today/a.jsonl"), "{}\n");
    assertThatThrownBy(() -> resolve(tmp.resolve("today"), tmp.resolve("todya")))
        .isInstanceOf(CorpuscopeException.class).hasMessageContaining("no such file or directory");
  }

  @Test
  void namesWithSpacesAndAccentsAreListedAsTheyAre() throws Exception {
    Fixtures.write(tmp.resolve("dir with spaces/ünïcødé—news.jsonl"), "{}\n");
    assertThat(resolve(tmp.resolve("dir with spaces")).streamed())
        .containsExactly("file:" + tmp.resolve("dir with spaces/ünïcødé—news.jsonl"));
    assertThat(resolve(tmp.resolve("dir with spaces/ünïcødé—news.jsonl")).streamed()).hasSize(1);
  }

  @Test
  void aFileNamedWithBracketsAndColonsCanBeGivenAsItIs() throws Exception {
    Path file = Fixtures.write(tmp.resolve("[breaking] update 10:30.jsonl"), "{}\n");
    assertThat(resolve(file).streamed()).containsExactly("file:" + file);
    assertThat(resolve(tmp).streamed()).containsExactly("file:" + file);
  }

  @Test
  void aTextFoldersMetadataFileIsReadButHasNoLineOfItsOwnInTheAccounting() throws Exception {
    Fixtures.write(tmp.resolve("texts/a.txt"), "Some text.");
    Fixtures.write(tmp.resolve("texts/metadata.jsonl"), "{\"file\":\"a.txt\"}\n");
    InputResolver.Inputs in = resolve(tmp.resolve("texts"));
    assertThat(in.streamed()).hasSize(2);
    assertThat(in.accounted()).containsExactly("file:" + tmp.resolve("texts/a.txt"));
  }
}
