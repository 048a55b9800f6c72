package io.corpuscope.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** English-or-undetermined guess. */
class LanguageGuesserTest {

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void everySeedIsEnglish(String seed) {
    assertThat(LanguageGuesser.guess(Seeds.read(seed))).isEqualTo("en");
  }

  @Test
  void polishTextIsUndetermined() {
    assertThat(LanguageGuesser.guess("Rząd w środę postanowił zwiększyć wydatki na obronę, co spotkało się "
        + "z krytyką opozycji. Premier powiedział, że to konieczne i że nie ma innego wyjścia.")).isEqualTo("und");
  }

  @Test
  void germanTextIsUndetermined() {
    assertThat(LanguageGuesser.guess("Die Bundesregierung hat am Mittwoch beschlossen, die Verteidigungsausgaben "
        + "zu erhöhen, was von der Opposition kritisiert wurde. Der Kanzler sagte, es sei notwendig.")).isEqualTo("und");
  }

  @Test
  void tooShortATextIsUndetermined() {
    assertThat(LanguageGuesser.guess("NATO summit in The Hague")).isEqualTo("und");
  }

  @Test
  void aNumericTableIsUndetermined() {
    assertThat(LanguageGuesser.guess("5507 Sep --- --- --- 4885\n6627 Sep --- 6041 1 2 3 4 5 6 7 8")).isEqualTo("und");
  }
}
