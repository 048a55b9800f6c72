package io.corpuscope.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GranularityTest {

  @ParameterizedTest
  @CsvSource({"day, DAY", "Week, WEEK", "MONTH, MONTH", "' quarter ', QUARTER", "yEaR, YEAR"})
  void granularityIsParsedIgnoringCaseAndSpace(String text, Granularity expected) {
    assertThat(Granularity.parse(text)).isEqualTo(expected);
  }

  @Test
  void unknownGranularityIsRejectedListingTheAllowedValues() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Granularity.parse("fortnight"))
        .withMessage("unknown granularity 'fortnight'; allowed: day, week, month, quarter, year");
  }

  @Test
  void absentGranularityIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Granularity.parse(null));
  }
}
