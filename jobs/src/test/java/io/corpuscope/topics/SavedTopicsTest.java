package io.corpuscope.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.errors.ErrorKind;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a saved topic model says about its terms: words or lemmas, read back as written. */
class SavedTopicsTest {
  @TempDir java.nio.file.Path tmp;

  @Test
  void wordsAndLemmasReadBackAsWrittenAndAnOlderModelHasWords() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    Path model = new Path(tmp.toUri());
    assertThat(SavedTopics.readTokens(fs, model)).isFalse();   // saved before tokens.txt existed
    SavedTopics.writeTokens(fs, model, true);
    assertThat(SavedTopics.readTokens(fs, model)).isTrue();
    SavedTopics.writeTokens(fs, model, false);
    assertThat(SavedTopics.readTokens(fs, model)).isFalse();
  }

  @Test
  void aFileThatSaysNeitherIsAClearErrorNotWords() throws Exception {
    Files.writeString(tmp.resolve("tokens.txt"), "stems\n");
    assertThatThrownBy(() -> SavedTopics.readTokens(FileSystem.getLocal(new Configuration()), new Path(tmp.toUri())))
        .isInstanceOf(CorpuscopeException.class)
        .hasMessageContaining("tokens.txt says 'stems'").hasMessageContaining("--topics-retrain")
        .satisfies(e -> assertThat(((CorpuscopeException) e).kind()).isEqualTo(ErrorKind.USAGE));
  }
}
