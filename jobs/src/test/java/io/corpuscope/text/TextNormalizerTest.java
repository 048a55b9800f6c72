package io.corpuscope.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unicode and whitespace normalisation. */
class TextNormalizerTest {

  @Test
  void nfkcFoldsFullWidthLettersAndLigatures() {
    assertThat(TextNormalizer.normalize("ＮＡＴＯ ﬁnance ２０２５")).isEqualTo("NATO finance 2025");
  }

  @Test
  void nonBreakingAndThinSpacesBecomeSpaces() {
    assertThat(TextNormalizer.normalize("5\u00a0percent and 3\u202f%\u2009ok")).isEqualTo("5 percent and 3 % ok");
  }

  @Test
  void zeroWidthAndControlCharactersAreRemoved() {
    assertThat(TextNormalizer.normalize("\ufeffNA\u200bTO\u200d said\u0007 so\u200e.")).isEqualTo("NATO said so.");
  }

  @Test
  void runsOfSpacesAndTabsCollapseAndLinesAreTrimmed() {
    assertThat(TextNormalizer.normalize("  one \t  two  \n\t three   ")).isEqualTo("one two\nthree");
  }

  @Test
  void threeOrMoreNewlinesCollapseToOneBlankLine() {
    assertThat(TextNormalizer.normalize("a\n\n\n\nb\r\n\r\n \n c\nd")).isEqualTo("a\n\nb\n\nc\nd");
  }

  @Test
  void curlyQuotesStayDistinctFromStraightQuotes() {
    String text = "“We’re ‘committed’,” he said, \"twice\" and 'once'.";
    assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
  }

  @Test
  void nullBecomesEmpty() {
    assertThat(TextNormalizer.normalize(null)).isEmpty();
  }
}
