package io.corpuscope.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicTokensTest {
  @Test
  void stopWordsReportingVerbsNumbersAndShortWordsAreLeftOut() {
    assertThat(TopicTokens.of("NATO's chief said on Tuesday the alliance's 32 members spent 2% of GDP in 2024."))
        .containsExactly("nato", "chief", "alliance", "members", "spent", "gdp");
  }

  @Test
  void contractionTailsDoNotBecomeTerms() {
    assertThat(TopicTokens.of("They don’t think it's over, officials weren't sure")).doesNotContain("don", "t", "s")
        .contains("officials", "sure");
  }

  @Test
  void frequentPairsBecomeOneTermLeftToRight() {
    PhraseMerger m = new PhraseMerger(Set.of("defence spending", "spending target"));
    assertThat(m.merge(List.of("raise", "defence", "spending", "target")))
        .containsExactly("raise", "defence spending", "target");
  }
}
