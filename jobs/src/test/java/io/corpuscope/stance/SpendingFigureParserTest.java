package io.corpuscope.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpendingFigureParserTest {
  private static final SpendingFigureParser PARSER = new SpendingFigureParser();

  private static Figure only(String sentence) {
    List<Figure> f = PARSER.parse(sentence);
    assertThat(f).as(sentence).hasSize(1);
    return f.get(0);
  }

  @Test
  void digitsWordsAndUnits() {
    assertThat(only("Allies must raise defence spending to 5%.").low()).isEqualTo(5.0);
    assertThat(PARSER.parse("a minimum of 5 percent of gross domestic product", true).get(0).asWritten()).isEqualTo("5 percent of gross domestic product");
    assertThat(only("they should spend five per cent on defence").low()).isEqualTo(5.0);
    assertThat(only("growing their navy spending to five p.c of their gross home merchandise.").asWritten())
        .isEqualTo("five p.c of their gross home merchandise");
    assertThat(only("the two p.c dedication many nations had struggled to fulfil on defence").low()).isEqualTo(2.0);
    assertThat(only("commit to spending at least 3.7 percent on defense").low()).isEqualTo(3.7);
    assertThat(only("allies spend 2 pct of GDP on the military").low()).isEqualTo(2.0);
  }

  @Test
  void rangesGiveLowAndHigh() {
    Figure f = only("members will need to spend 3.5-3.7% of GDP on military budgets");
    assertThat(f.low()).isEqualTo(3.5);
    assertThat(f.high()).isEqualTo(3.7);
    Figure g = only("NATO diplomats say 3.5 to 3.7 percent of GDP will be needed for defence.");
    assertThat(g.low()).isEqualTo(3.5);
    assertThat(g.high()).isEqualTo(3.7);
  }

  @Test
  void otherNumbersAreNotTargets() {
    assertThat(PARSER.parse("around 50 countries have provided over $126 billion in weapons and military aid")).isEmpty();
    assertThat(PARSER.parse("the US could reduce its military presence by some 20,000 to 50,000 troops")).isEmpty();
    assertThat(PARSER.parse("the NATO summit in The Hague from June 24-26 will set the defence target")).isEmpty();
    assertThat(PARSER.parse("Canada as the 51st state would raise its military budget")).isEmpty();
    assertThat(PARSER.parse("Trump wants lawmakers to boost military spending by 10 percent, or $54 billion.")).isEmpty();
    assertThat(PARSER.parse("Romania is ready to proceed to a 5 per cent reduction of its military expenditures.")).isEmpty();
    assertThat(PARSER.parse("The US pays about 22% of overall Nato spending on defense.")).isEmpty();
    assertThat(PARSER.parse("divert 1 per cent of their individual military budgets to this fund")).isEmpty();
    assertThat(PARSER.parse("the proposal would increase the Pentagon budget 5 percent to $750 billion for defense")).isEmpty();
    assertThat(PARSER.parse("Military spending rose 6.8% in 2023, according to SIPRI.")).isEmpty();
    assertThat(PARSER.parse("The economy grew at a rate of 4.2% as defense spending surged.")).isEmpty();
    assertThat(PARSER.parse("It meets the NATO 2 per cent target for defence spending and the 0.7 per cent target for development spending."))
        .extracting(Figure::low).containsExactly(2.0);
  }

  @Test
  void nonDefenceSharesAreNot() {
    assertThat(PARSER.parse("a minimum of 5 percent of gross domestic product")).isEmpty();
    assertThat(PARSER.parse("Official aid is well below the target of 0.7 per cent of gross national product.")).isEmpty();
    assertThat(PARSER.parse("Developed countries should reach 0.7 per cent of their gross national product for development assistance, not arms.")).isEmpty();
    assertThat(PARSER.parse("Defense spending is projected to grow about 2.4 percent annually.")).isEmpty();
    assertThat(PARSER.parse("The Trump defense budget assumes a 10-year Treasury yield averaging 2.6 percent this year.")).isEmpty();
    assertThat(PARSER.parse("Military spending is growing, with an increase of 1.1 per cent in 2017.")).isEmpty();
    assertThat(PARSER.parse("The budget deficit grew to 6% of GDP while defence stayed flat.")).isEmpty();
  }

  @Test
  void actualLevelsAreNotTargets() {
    assertThat(only("Poland spends more than 4% of GDP on defence.").role()).isEqualTo(Figure.ACTUAL);
    assertThat(only("23 allies reached 2% of GDP last year on defence.").role()).isEqualTo(Figure.ACTUAL);
    assertThat(only("23 allies reached or exceeded the target of spending 2% of GDP on defence last year.").role()).isEqualTo(Figure.CURRENT_TARGET);
    assertThat(only("Defense spending will dip below 4 percent of gross domestic product.").role()).isEqualTo(Figure.ACTUAL);
    assertThat(PARSER.parse("Unemployment in Poland is expected to reach 4%.")).isEmpty();
    // After a defence-spending sentence, the topic carries over.
    List<Figure> f = PARSER.parse("This is not even in Poland, but is expected to spend more than 4%, bringing closer to 5% this year.", true);
    assertThat(f).extracting(Figure::role).containsExactly(Figure.ACTUAL, Figure.TARGET);
    assertThat(only("global military spending reached $2.5 trillion, or 2.3% of global GDP").role()).isEqualTo(Figure.ACTUAL);
  }

  @Test
  void currentTargetIsTold() {
    List<Figure> f = PARSER.parse("allies to spend 5% of their GDP on defence, an increase from the current 2%");
    assertThat(f).extracting(Figure::role).containsExactly(Figure.TARGET, Figure.CURRENT_TARGET);
    assertThat(only("whether to raise the defense spending target from the current minimum of 2 percent of gross domestic product").role())
        .isEqualTo(Figure.CURRENT_TARGET);
  }
}
