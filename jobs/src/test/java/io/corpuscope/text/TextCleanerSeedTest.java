package io.corpuscope.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cleaning rules on the real noise of the five seed articles. */
class TextCleanerSeedTest {

  private static final TextCleaner CLEANER = new TextCleaner();
  private static final String HEADLINE_000 =
      "NATO chief diplomats meet in Brussels, Rubio confronts allies alarmed by Trump's moves";
  /** Lines of the seeds that are page chrome or headline copies, not article sentences. */
  private static final Set<String> CHROME = Set.of("Flash News", "Bota", "Latest news",
      "The story continues under this ad", HEADLINE_000,
      "NATO chief diplomats meet in Brussels, Rubio confronts allies alarmed by",
      "Rutte: US is fully committed to NATO");

  private static CleanedArticle clean(String seed) {
    return CLEANER.clean(null, Seeds.read(seed));
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void seed000LosesItsPageChromeLines() {
    assertThat(lines(clean("000").text())).doesNotContain("Flash News", "Bota", "Latest news");
  }

  @Test
  void seed000TakesItsLeadingHeadlineAsTheInferredTitle() {
    CleanedArticle a = clean("000");
    assertThat(a.title()).isEqualTo(HEADLINE_000);
    assertThat(a.titleInferred()).isTrue();
  }

  @Test
  void seed000LosesTheHeadlineAndItsTruncatedRepeat() {
    CleanedArticle a = clean("000");
    assertThat(a.text()).doesNotContain("Rubio confronts allies");
    assertThat(a.headlineLines()).isEqualTo(2);
  }

  @Test
  void seed000KeepsItsFirstAndLastRealSentences() {
    List<String> body = lines(clean("000").text());
    assertThat(body.get(0)).startsWith("On April 3, NATO foreign ministers will begin a two-day meeting");
    assertThat(body.get(body.size() - 1)).startsWith("What has changed, however,")
        .endsWith("could be co-chaired by the UK and France.");
  }

  @Test
  void seed000CountsItsThreeBoilerplateLines() {
    assertThat(clean("000").boilerplateLines()).isEqualTo(3);
  }

  @Test
  void seed000LosesTheRelCreditGluedToTheLastSentence() {
    CleanedArticle a = clean("000");
    assertThat(a.text()).doesNotContain("/REL").endsWith("the UK and France.");
    assertThat(a.affixesCut()).isEqualTo(1);
  }

  @Test
  void seed002LosesTheSpacedRelCreditAndTheLatestNewsFooter() {
    CleanedArticle a = clean("002");
    assertThat(a.text()).doesNotContain("REL").endsWith("than Rutte and other NATO member states would like.");
    assertThat(a.affixesCut()).isEqualTo(1);
  }

  @Test
  void seed002LosesBothCopiesOfItsHeadline() {
    CleanedArticle a = clean("002");
    assertThat(a.title()).isEqualTo("Rutte: US is fully committed to NATO");
    assertThat(a.text()).startsWith("European allies should not worry");
  }

  @Test
  void seed004LosesEveryStoryContinuesUnderThisAdLine() {
    CleanedArticle a = clean("004");
    assertThat(a.text()).doesNotContain("The story continues under this ad");
    assertThat(a.boilerplateLines()).isEqualTo(3);
  }

  @Test
  void seed001WithoutHeadlineGetsNoTitleAndLosesNothing() {
    String raw = Seeds.read("001");
    CleanedArticle a = CLEANER.clean(null, raw);
    assertThat(a.title()).isNull();
    assertThat(a.text()).isEqualTo(TextNormalizer.normalize(raw));
  }

  @Test
  void seed003KeepsItsMidArticleSubheading() {
    assertThat(lines(clean("003").text())).contains("Reassurance tour");
  }

  @Test
  void cleaningKeepsCurlyQuotesOfTheSeeds() {
    assertThat(clean("003").text()).contains("“We see you, Vladimir Putin.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void everyNonChromeSeedLineSurvivesCleaning(String seed) {
    CleanedArticle a = clean(seed);
    List<String> kept = lines(a.text());
    for (String line : lines(TextNormalizer.normalize(Seeds.read(seed)))) {
      if (!CHROME.contains(line)) {
        String expected = line.replace("./ REL", ".").replace("./REL", ".");
        assertThat(kept).as("seed %s", seed).contains(expected);
      }
    }
  }
}
