package io.corpuscope.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing and applying the pattern file. */
class BoilerplatePatternsTest {

  private static final BoilerplatePatterns DEFAULT = BoilerplatePatterns.loadDefault();

  @Test
  void anInvalidRegexFailsNamingItsLineNumber() {
    assertThatThrownBy(() -> BoilerplatePatterns.parse(List.of("# comment", "", "line: ok", "line: (unclosed")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 4")
        .hasMessageContaining("(unclosed");
  }

  @Test
  void anUnknownRuleKindFailsNamingItsLineNumber() {
    assertThatThrownBy(() -> BoilerplatePatterns.parse(List.of("lines: advert")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void commentsAndBlankLinesAreIgnored() {
    BoilerplatePatterns p = BoilerplatePatterns.parse(List.of("# line: bota", "   ", "line: advert"));
    assertThat(p.lineRuleCount()).isEqualTo(1);
    assertThat(p.isBoilerplateLine("Bota")).isFalse();
  }

  @Test
  void lineRulesMatchCaseInsensitivelyAfterTrimming() {
    assertThat(DEFAULT.isBoilerplateLine("  ADVERTISEMENT ")).isTrue();
    assertThat(DEFAULT.isBoilerplateLine("Story Continued Below")).isTrue();
  }

  @Test
  void lineRulesMustMatchTheWholeLine() {
    assertThat(DEFAULT.isBoilerplateLine("Bota said the advertisement was misleading.")).isFalse();
  }

  @Test
  void theBundledFileRecognisesCommonCorpusChrome() {
    assertThat(List.of("Read more: Ukraine asks Germany for tanks", "SHARE THIS ARTICLE Share Tweet Post Email",
        "Sign up for Daily Newsletters Manage Newsletters", "Subscribe to our Telegram channel",
        "Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.",
        "Enlarge this image toggle caption Alex Wong/Getty Images Alex Wong/Getty Images",
        "The Associated Press contributed to this report.", "• • •", "Reuter",
        "Melbourne, Australia CNN —"))
        .allMatch(DEFAULT::isBoilerplateLine);
  }

  @Test
  void aTrailingAgencyCreditIsCutAfterASentenceEnd() {
    assertThat(DEFAULT.stripAffixes("Talks resume in France./REL")).isEqualTo("Talks resume in France.");
    assertThat(DEFAULT.stripAffixes("Figures were not disclosed. Reuter")).isEqualTo("Figures were not disclosed.");
  }

  @Test
  void anAbbreviationFollowedBySlashIsNotTakenForACredit() {
    assertThat(DEFAULT.stripAffixes("Trade between the U.S./EU")).isEqualTo("Trade between the U.S./EU");
  }

  @Test
  void affixRulesNeverEmptyALine() {
    BoilerplatePatterns p = BoilerplatePatterns.parse(List.of("trailing: .*", "leading: .*"));
    assertThat(p.stripAffixes("Everything here")).isEqualTo("Everything here");
  }

  @Test
  void compiledPatternsSurviveJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(DEFAULT);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      BoilerplatePatterns copy = (BoilerplatePatterns) in.readObject();
      assertThat(copy.isBoilerplateLine("Advertisement")).isTrue();
    }
  }
}
