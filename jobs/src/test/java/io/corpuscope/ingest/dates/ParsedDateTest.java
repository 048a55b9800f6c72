package io.corpuscope.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParsedDateTest {

  @Test
  void monthOnlyDateIsTheFirstOfTheMonth() {
    assertThat(ParsedDate.ofMonth(YearMonth.of(2025, 4)))
        .isEqualTo(new ParsedDate(LocalDate.of(2025, 4, 1), DatePrecision.MONTH));
  }

  @Test
  void yearOnlyDateIsTheFirstOfJanuary() {
    assertThat(ParsedDate.ofYear(2025))
        .isEqualTo(new ParsedDate(LocalDate.of(2025, 1, 1), DatePrecision.YEAR));
  }

  @Test
  void monthPrecisionDateNotOnTheFirstIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ParsedDate(LocalDate.of(2025, 4, 3), DatePrecision.MONTH))
        .withMessageContaining("2025-04-03");
  }

  @Test
  void yearPrecisionDateNotOnTheFirstOfJanuaryIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ParsedDate(LocalDate.of(2025, 4, 1), DatePrecision.YEAR));
  }

  @ParameterizedTest
  @CsvSource({"DAY, day", "MONTH, month", "YEAR, year"})
  void precisionLabelIsLowercase(DatePrecision precision, String label) {
    assertThat(precision.label()).isEqualTo(label);
  }

  @Test
  void dateOrderLabelIsLowercase() {
    assertThat(DateOrder.DMY.label()).isEqualTo("dmy");
  }

  @Test
  void defaultDateOrderIsMonthFirst() {
    assertThat(DateOrder.DEFAULT).isEqualTo(DateOrder.MDY);
  }
}
