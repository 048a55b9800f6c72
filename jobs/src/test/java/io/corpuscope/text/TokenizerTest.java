package io.corpuscope.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared word tokeniser. */
class TokenizerTest {

  @Test
  void wordsAreLowercasedAndSplitOnPunctuation() {
    assertThat(Tokenizer.tokens("NATO allies met, in Brussels.")).containsExactly("nato", "allies", "met", "in", "brussels");
  }

  @Test
  void possessivesDropTheirTailWithEitherApostrophe() {
    assertThat(Tokenizer.tokens("Trump's Europe’s alliance’s")).containsExactly("trump", "europe", "alliance");
  }

  @Test
  void contractionTailsAreDroppedWithEitherApostrophe() {
    assertThat(Tokenizer.tokens("we're we’ll I've she’d I'm it’s"))
        .containsExactly("we", "we", "i", "she", "i", "it");
  }

  @Test
  void negatedContractionsKeepTheirVerbNotAFragment() {
    assertThat(Tokenizer.tokens("don't isn’t can't won’t didn't")).containsExactly("do", "is", "can", "will", "did");
  }

  @Test
  void otherInternalApostrophesAreKeptAsStraightOnes() {
    assertThat(Tokenizer.tokens("O’Brien and o'neill")).containsExactly("o'brien", "and", "o'neill");
  }

  @Test
  void quotesAroundWordsAreNotPartOfTokens() {
    assertThat(Tokenizer.tokens("‘severe’ 'peace' allies'")).containsExactly("severe", "peace", "allies");
  }

  @Test
  void numbersAreKeptIncludingDecimalsAndThousands() {
    assertThat(Tokenizer.tokens("5% of GDP, 3.7 percent, $126,000 in 2022.")).containsExactly(
        "5", "of", "gdp", "3.7", "percent", "126,000", "in", "2022");
  }

  @Test
  void internalHyphensJoinButDashesSplit() {
    assertThat(Tokenizer.tokens("full-scale co-chaired 3.5-3.7 war - peace")).containsExactly(
        "full-scale", "co-chaired", "3.5-3.7", "war", "peace");
  }

  @Test
  void singleLetterAbbreviationsStayOneToken() {
    assertThat(Tokenizer.tokens("the U.S. and e.g. Poland.He said")).containsExactly(
        "the", "u.s", "and", "e.g", "poland", "he", "said");
  }

  @Test
  void countAgreesWithTokens() {
    String text = "Rutte said: “We’re committed to NATO’s Article 5.”";
    assertThat(Tokenizer.count(text)).isEqualTo(Tokenizer.tokens(text).size()).isEqualTo(8);
  }

  @Test
  void nullAndBlankGiveNoTokens() {
    assertThat(Tokenizer.tokens(null)).isEmpty();
    assertThat(Tokenizer.count(" -- ")).isZero();
  }
}
