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

  @Test
  void lemmasJoinTheFormsOfAWord() {
    List<String> lemmas = TopicTokens.lemmas("Rebels attacked two cities. The army was attacking a city when allies"
        + " promised bigger budgets.");
    assertThat(lemmas).contains("rebel", "attack", "city", "ally", "budget")
        .doesNotContain("rebels", "attacked", "attacking", "cities", "allies", "budgets");
  }

  @Test
  void lemmasLeaveOutWhatTheWordsWouldLeaveOut() {
    // stop words, reporting verbs, numbers and contraction tails stay out, whatever their lemma
    assertThat(TopicTokens.lemmas("NATO's chief said on Tuesday the alliance's 32 members had spent 2% of GDP."))
        .containsExactly("nato", "chief", "alliance", "member", "spend", "gdp");
    assertThat(TopicTokens.lemmas("")).isEmpty();
  }

  @Test
  void onASeedArticleLemmasAreFewerDistinctTermsThanWords() throws Exception {
    String text = java.nio.file.Files.readString(io.corpuscope.testing.Repo.sample().resolve("001_2979fd6046fdc30e.txt"));
    List<String> words = TopicTokens.of(text);
    List<String> lemmas = TopicTokens.lemmas(text);
    // a kept word gives one lemma, or none when the lemma is a stop word
    assertThat(lemmas.size()).isLessThanOrEqualTo(words.size()).isGreaterThan(words.size() * 9 / 10);
    assertThat(Set.copyOf(lemmas).size()).isLessThan(Set.copyOf(words).size());
  }
}
