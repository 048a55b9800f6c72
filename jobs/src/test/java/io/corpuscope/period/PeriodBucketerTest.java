package io.corpuscope.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PeriodBucketerTest {

  @ParameterizedTest(name = "{0} {1} -> {2} starting {3}")
  @CsvSource({
    "DAY,     2025-04-03, 2025-04-03, 2025-04-03",
    "WEEK,    2025-04-03, 2025-W14,   2025-03-31",
    "WEEK,    2025-03-31, 2025-W14,   2025-03-31",
    "WEEK,    2025-04-06, 2025-W14,   2025-03-31",
    "WEEK,    2025-01-08, 2025-W02,   2025-01-06",
    "MONTH,   2025-04-03, 2025-04,    2025-04-01",
    "MONTH,   2024-02-29, 2024-02,    2024-02-01",
    "QUARTER, 2025-04-03, 2025-Q2,    2025-04-01",
    "QUARTER, 2025-02-14, 2025-Q1,    2025-01-01",
    "QUARTER, 2025-12-31, 2025-Q4,    2025-10-01",
    "YEAR,    2025-04-03, 2025,       2025-01-01",
  })
  void dateIsLabelledAndStartedByItsPeriod(Granularity granularity, LocalDate date, String label, LocalDate start) {
    PeriodBucketer bucketer = new PeriodBucketer(granularity);

    assertThat(bucketer.label(date)).isEqualTo(label);
    assertThat(bucketer.start(date)).isEqualTo(start);
  }

  @ParameterizedTest(name = "{0} -> {1} starting {2}")
  @CsvSource({
    "2024-12-30, 2025-W01, 2024-12-30",
    "2025-01-01, 2025-W01, 2024-12-30",
    "2021-01-03, 2020-W53, 2020-12-28",
    "2020-12-31, 2020-W53, 2020-12-28",
    "2027-01-01, 2026-W53, 2026-12-28",
    "2026-01-01, 2026-W01, 2025-12-29",
    "2023-01-01, 2022-W52, 2022-12-26",
  })
  void weekNearNewYearBelongsToItsIsoWeekYear(LocalDate date, String label, LocalDate start) {
    PeriodBucketer weeks = new PeriodBucketer(Granularity.WEEK);

    assertThat(weeks.label(date)).isEqualTo(label);
    assertThat(weeks.start(date)).isEqualTo(start);
  }

  @ParameterizedTest
  @EnumSource(Granularity.class)
  void labelsSortChronologicallyAsStrings(Granularity granularity) {
    PeriodBucketer bucketer = new PeriodBucketer(granularity);
    List<String> labels = Stream.iterate(LocalDate.of(2019, 12, 1), d -> d.plusDays(1))
        .limit(800)
        .map(bucketer::label)
        .toList();

    assertThat(labels).isSorted();
  }

  @ParameterizedTest
  @EnumSource(Granularity.class)
  void startOfAPeriodIsInTheSamePeriod(Granularity granularity) {
    PeriodBucketer bucketer = new PeriodBucketer(granularity);
    LocalDate date = LocalDate.of(2024, 12, 31);

    assertThat(bucketer.label(bucketer.start(date))).isEqualTo(bucketer.label(date));
  }

  @Test
  void yearsBeforeOneThousandAreZeroPaddedSoTheyStillSort() {
    assertThat(new PeriodBucketer(Granularity.MONTH).label(LocalDate.of(999, 4, 3))).isEqualTo("0999-04");
  }

  @Test
  void undatedLabelIsAFixedWord() {
    assertThat(PeriodBucketer.UNDATED).isEqualTo("undated");
  }

  @Test
  void bucketerKeepsItsGranularityThroughJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new PeriodBucketer(Granularity.QUARTER));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(((PeriodBucketer) in.readObject()).label(LocalDate.of(2025, 4, 3))).isEqualTo("2025-Q2");
    }
  }
}
