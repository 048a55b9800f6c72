package io.corpuscope.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
  @Test
  void aSurnameWithOneFullNameInTheCorpusJoinsIt() {
    assertThat(SpeakerNames.mergeSurnames(List.of("Mark Rutte", "Rutte"))).containsEntry("Rutte", "Mark Rutte");
  }

  @Test
  void aSharedSurnameGoesToTheFullNameThatDominatesItsMentions() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("Donald Trump", 950L);
    counts.put("Ivanka Trump", 30L);
    counts.put("Trump", 400L);
    assertThat(SpeakerNames.mergeSurnames(counts)).containsEntry("Trump", "Donald Trump");
  }

  @Test
  void gluedDatelinesDoNotCountAsRivalOwnersOfASurname() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("Barack Obama", 4700L);
    counts.put("Michelle Obama", 300L);
    counts.put("WASHINGTON—President Obama", 400L);
    counts.put("Obama", 3700L);
    assertThat(SpeakerNames.mergeSurnames(counts)).containsEntry("Obama", "Barack Obama");
  }

  @Test
  void aSharedSurnameWithoutADominantOwnerStaysAsWritten() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("Ed Miliband", 40L);
    counts.put("David Miliband", 35L);
    counts.put("Miliband", 20L);
    assertThat(SpeakerNames.mergeSurnames(counts)).containsEntry("Miliband", "Miliband");
  }
}
