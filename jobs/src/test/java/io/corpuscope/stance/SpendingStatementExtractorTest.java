package io.corpuscope.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpendingStatementExtractorTest {
  private static final SpendingStatementExtractor X = new SpendingStatementExtractor();

  private static List<StatementRow> run(String text, Map<Integer, QuoteInfo> quotes) {
    return X.extract("a1", SpendingStatementExtractor.split(text), quotes, "Daily Test");
  }

  @Test
  void holdersFromSubjectsCountriesAndPronouns() {
    List<StatementRow> rows = run("""
        German Chancellor Olaf Scholz met his counterparts in Paris.
        He said Germany must raise defence spending to 2.5% of GDP.
        Washington wants allies to spend 5% of GDP on defence.
        Kyiv urged European partners to increase military budgets.
        Military budgets in Europe rose by 12% last year.""", Map.of());
    assertThat(rows).extracting(StatementRow::holder)
        .containsExactly("Olaf Scholz", "United States", "Ukraine", null);
    assertThat(rows).extracting(StatementRow::holderType).containsExactly("person", "country", "country", "outlet");
    assertThat(rows).extracting(StatementRow::targetPctGdp).containsExactly(2.5, 5.0, null, null);
    assertThat(rows.get(3).stance()).isEqualTo("neutral");
  }

  @Test
  void relayedPositionsBelongToWhomTheyDescribe() {
    List<StatementRow> rows = run("European countries face growing pressure from the United States to increase defense spending.", Map.of());
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.holder()).isEqualTo("United States");
      assertThat(r.stance()).isEqualTo("support");
    });
  }

  @Test
  void quoteSpeakerIsTheHolderAndAnaphoraResolvesTheTarget() {
    String text = """
        NATO Secretary General Mark Rutte wants allies to commit to 3.5% of GDP on defence.
        “We are not spending enough,” he said.
        The prime minister of Spain called the new goal unrealistic.""";
    List<StatementRow> rows = run(text, Map.of(1, new QuoteInfo("Mark Rutte", "NATO Secretary General", "We are not spending enough")));
    assertThat(rows).extracting(StatementRow::holder).containsExactly("Mark Rutte", "Mark Rutte", "Mark Rutte");
    StatementRow last = rows.get(2);
    assertThat(last.stance()).isEqualTo("oppose");
    assertThat(last.targetPctGdp()).isEqualTo(3.5);
    assertThat(last.targetStated()).isFalse();
  }

  @Test
  void noTargetFromOtherNumbers() {
    List<StatementRow> rows = run("""
        Trump wants lawmakers to boost military spending by 10 percent, or $54 billion, in fiscal 2018.
        The summit in The Hague from June 24-26 will discuss defence spending.
        Poland spends more than 4% of GDP on defence, and 23 allies reached 2% last year.""", Map.of());
    assertThat(rows).allSatisfy(r -> assertThat(r.targetPctGdp()).as(r.sentence()).isNull());
  }

  @Test
  void splitKeepsOffsets() {
    String text = "First sentence here. Second one on defence spending.\nThird line.";
    List<SentenceInput> s = SpendingStatementExtractor.split(text);
    assertThat(s).hasSize(3);
    for (SentenceInput in : s) {
      assertThat(text.substring(in.start(), in.end())).isEqualTo(in.text());
    }
  }
}
