package io.corpuscope.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TextCleaner on small fixtures. */
class TextCleanerTest {

  private static final TextCleaner CLEANER = new TextCleaner();
  private static final String BODY = "Allies met in Brussels on Thursday. They agreed to spend more.";

  @Test
  void aGivenTitleRepeatedAsTheFirstLineIsRemoved() {
    CleanedArticle a = CLEANER.clean("Allies agree to spend more", "Allies agree to spend more\n\n" + BODY);
    assertThat(a.text()).isEqualTo(BODY);
    assertThat(a.title()).isEqualTo("Allies agree to spend more");
    assertThat(a.titleInferred()).isFalse();
    assertThat(a.headlineLines()).isEqualTo(1);
  }

  @Test
  void aHeadlineRepeatWithDifferentQuotesAndEllipsisIsStillRemoved() {
    CleanedArticle a = CLEANER.clean("Rutte: 'We are committed to NATO'",
        "Rutte: “We are committed to…\n" + BODY);
    assertThat(a.text()).isEqualTo(BODY);
  }

  @Test
  void aFirstSentenceThatStartsLikeTheTitleIsKept() {
    String text = "Allies agree to spend more, officials said on Friday after talks.";
    assertThat(CLEANER.clean("Allies agree to spend more", text).text()).isEqualTo(text);
  }

  @Test
  void aLineThatMerelyContainsABoilerplatePhraseIsKept() {
    String text = "The advertisement ran on Sunday, and readers were told to read more about it.\n"
        + "Share prices rose after the story continued below the fold.";
    CleanedArticle a = CLEANER.clean(null, text);
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.boilerplateLines()).isZero();
  }

  @Test
  void aHeadlineOnlyTextKeepsTheHeadlineAsItsBody() {
    assertThat(CLEANER.clean("SEARS TO RESTRUCTURE DISTRIBUTION", "SEARS TO RESTRUCTURE DISTRIBUTION").text())
        .isEqualTo("SEARS TO RESTRUCTURE DISTRIBUTION");
  }

  @Test
  void aTextWhoseEveryLineMatchesARuleFallsBackToTheNormalisedText() {
    CleanedArticle a = CLEANER.clean(null, "The Associated Press contributed to this report.");
    assertThat(a.text()).isEqualTo("The Associated Press contributed to this report.");
    assertThat(a.fellBack()).isTrue();
  }

  @Test
  void shortLinesFollowedByMoreShortLinesAreNotTakenForATitle() {
    CleanedArticle a = CLEANER.clean(null, "Marco Rubio of Florida\nTed Cruz of Texas\nRand Paul of Kentucky");
    assertThat(a.title()).isNull();
  }

  @Test
  void aCnnDatelineIsCutButItsSentenceKept() {
    assertThat(CLEANER.clean(null, "Washington (CNN) This time eight years ago, she ran.").text())
        .isEqualTo("This time eight years ago, she ran.");
  }

  @Test
  void htmlInputIsStrippedBeforeBoilerplateRemoval() {
    CleanedArticle a = CLEANER.clean(null, "<p>" + BODY + "</p><p>Advertisement</p><p>It was &quot;historic&quot;, he said.</p>");
    assertThat(a.text()).isEqualTo(BODY + "\n\nIt was \"historic\", he said.");
    assertThat(a.htmlStripped()).isTrue();
  }

  @Test
  void nullOrBlankTextGivesAnEmptyBody() {
    assertThat(CLEANER.clean(null, null).text()).isEmpty();
    assertThat(CLEANER.clean("T", "  \n ").text()).isEmpty();
  }
}
