package io.corpuscope.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpendingSentenceDetectorTest {
  private static final SpendingSentenceDetector D = new SpendingSentenceDetector();

  @Test
  void inScope() {
    assertThat(D.isAboutSpending("European countries face pressure to increase defense spending.")).isTrue();
    assertThat(D.isAboutSpending("growing their navy spending to five p.c of their gross home merchandise")).isTrue();
    assertThat(D.isAboutSpending("allies should share more of the financial burden")).isTrue();
    assertThat(D.isAboutSpending("Sequestration will hit the Pentagon in March.")).isTrue();
    assertThat(D.isAboutSpending("The reduction of military budgets would free resources for development.")).isTrue();
    assertThat(D.isAboutSpending("Italy spends 1.5% of GDP on defence.")).isTrue();
    assertThat(D.isAboutSpending("The Trump administration had set the brand new goal.")).isTrue();
  }

  @Test
  void outOfScope() {
    assertThat(D.isAboutSpending("around 50 countries have provided over $126 billion in weapons and military aid.")).isFalse();
    assertThat(D.isAboutSpending("He highlights the need for an increase in European leadership in security assistance to Ukraine.")).isFalse();
    assertThat(D.isAboutSpending("NATO must expand and improve its defenses.")).isFalse();
    assertThat(D.isAboutSpending("Ukraine wants to join the military alliance.")).isFalse();
    assertThat(D.isAboutSpending("The US could reduce its presence by 20,000 to 50,000 troops.")).isFalse();
    assertThat(D.isAboutSpending("The budget deficit grew to 6% of GDP last year.")).isFalse();
  }
}
