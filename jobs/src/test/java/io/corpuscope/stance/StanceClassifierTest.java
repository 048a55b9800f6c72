package io.corpuscope.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StanceClassifierTest {
  private static final StanceClassifier RULES = new StanceClassifier();

  private static String stance(String s) {
    return RULES.classify(s).stance();
  }

  @Test
  void negationIsNotOpposition() {
    assertThat(stance("Raising defence spending to 5% cannot be done \"in one year or two\", but the US now demands a real way forward."))
        .isEqualTo("support");
    assertThat(stance("The fact is that we are not spending enough as Europeans and Canadians on defence.")).isEqualTo("support");
    assertThat(stance("Trump threatened to not defend members who do not meet the NATO guidelines for military spending."))
        .isEqualTo("support");
    assertThat(stance("Republicans want to prevent further cuts to the defense budget.")).isEqualTo("support");
  }

  @Test
  void oppositionIncludingFeasibilityAndReluctance() {
    assertThat(stance("The prime minister dismissed the 5 p.c spending requirement as \"unfeasible\".")).isEqualTo("oppose");
    assertThat(stance("Some European allies will be hesitant to commit quickly to large defense spending, given slow economic growth."))
        .isEqualTo("oppose");
    assertThat(stance("We call on all Member States to commit to the reduction of military spending.")).isEqualTo("oppose");
    assertThat(stance("The peace dividend should fund schools, not bloated military budgets.")).isEqualTo("oppose");
    assertThat(stance("We express our concern at the rapid increase in military spending.")).isEqualTo("oppose");
    assertThat(stance("Terrorism cannot be defeated through more military spending.")).isEqualTo("oppose");
  }

  @Test
  void supportForRaising() {
    assertThat(stance("Rubio asked his counterparts to raise defence spending to 5%.")).isEqualTo("support");
    assertThat(stance("The Trump administration has floated the idea of a minimum of 5 percent of gross domestic product."))
        .isEqualTo("support");
    assertThat(stance("He hoped all members are on a pathway to growing their navy spending to five p.c of their gross home merchandise."))
        .isEqualTo("support");
  }

  @Test
  void narrationIsNeutral() {
    assertThat(stance("In June, NATO leaders are expected to decide whether to raise the defense spending target.")).isEqualTo("neutral");
    assertThat(stance("European allies have been hiking military budgets since the invasion.")).isEqualTo("neutral");
    assertThat(stance("Automatic spending cuts known as sequestration will become law and cut into the defense budget."))
        .isEqualTo("neutral");
    assertThat(stance("World military expenditure has increased for the ninth consecutive year.")).isEqualTo("neutral");
  }

  @Test
  void featuresAreNamedAndAligned() {
    double[] f = RULES.features("We are not spending enough on defence and must reach 3.5% of GDP.");
    assertThat(f).hasSize(RULES.featureNames().size());
    assertThat(f[RULES.featureNames().indexOf("low_spending")]).isEqualTo(1.0);
    assertThat(f[RULES.featureNames().indexOf("target_figure")]).isEqualTo(1.0);
    assertThat(f[RULES.featureNames().indexOf("first_person")]).isEqualTo(1.0);
    assertThat(f[RULES.featureNames().indexOf("score")]).isPositive();
    assertThat(RULES.classify("We are not spending enough on defence.").reason()).contains("low_spending");
  }
}
