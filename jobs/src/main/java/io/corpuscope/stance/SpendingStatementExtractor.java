package io.corpuscope.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Facade of the stance stage: from an article's sentences (and, optionally, the quote speaker of
 * each sentence) to one {@link StatementRow} per (sentence, holder) about the level of defence
 * spending, with stance, target (% of GDP) and confidence. Plain Java over strings; build once
 * and share (thread-safe), state is per call.
 */
public final class SpendingStatementExtractor {
  /** A definite reference back to a stated level: "the new goal", "this level", "that target". */
  private static final Pattern ANAPHOR = Pattern.compile(
      "\\b(?:(?:the|this|that)\\s+(?:brand\\s+)?new\\s+(?:spending\\s+)?(?:goal|target|purpose|level|benchmark)"
          + "|(?:this|that|such\\s+a)\\s+(?:level|figure|threshold)|\\bthis\\s+is\\s+a\\s+level)\\b",
      Pattern.CASE_INSENSITIVE);

  private final SpendingFigureParser figures = new SpendingFigureParser();
  private final SpendingSentenceDetector detector = new SpendingSentenceDetector(figures);
  private final StanceClassifier classifier = new StanceClassifier(figures);
  private final HolderResolver holders = new HolderResolver();
  private final boolean candidates;

  /** Rows for the sentences the rules find in scope only. */
  public SpendingStatementExtractor() {
    this(false);
  }

  private SpendingStatementExtractor(boolean candidates) {
    this.candidates = candidates;
  }

  /**
   * Also rows for candidate sentences the rules do not find in scope ({@link
   * SpendingSentenceDetector#isCandidate}), flagged {@code ruleInScope = false}, for the learned
   * relevance model to admit or drop.
   */
  public static SpendingStatementExtractor withCandidates() {
    return new SpendingStatementExtractor(true);
  }

  /** Sentences of a text (OpenNLP sentence model), for callers that have no sentences yet. */
  public static List<SentenceInput> split(String text) {
    return SentenceSplitter.split(text);
  }

  /**
   * Statements of one article.
   *
   * @param articleId id copied into the rows
   * @param sentences the article's sentences in order
   * @param quoteBySentence speaker of each quoted sentence by sentence index (may be empty or null)
   * @param outlet the publishing outlet (narration rows carry holder {@code null}, type outlet)
   */
  public List<StatementRow> extract(String articleId, List<SentenceInput> sentences,
                                    Map<Integer, QuoteInfo> quoteBySentence, String outlet) {
    return extract(articleId, sentences, quoteBySentence, outlet, null);
  }

  /**
   * As {@link #extract(String, List, Map, String)}, with the article title (nullable): names in
   * it ("Marco Rubio") let later surname mentions ("Rubio") resolve to the full name.
   */
  public List<StatementRow> extract(String articleId, List<SentenceInput> sentences,
                                    Map<Integer, QuoteInfo> quoteBySentence, String outlet, String title) {
    Map<Integer, QuoteInfo> quotes = quoteBySentence == null ? Map.of() : quoteBySentence;
    HolderResolver.Article article = holders.newArticle();
    if (title != null) {
      holders.learnNames(article, title);
    }
    List<StatementRow> rows = new ArrayList<>();
    Double lastTarget = null;
    Double lastTargetHigh = null;
    boolean previousInScope = false;
    for (SentenceInput in : sentences) {
      String s = in.text();
      QuoteInfo quote = quotes.get(in.index());
      String evidence = detector.explain(s);
      boolean anaphor = lastTarget != null && ANAPHOR.matcher(s).find();
      // Right after a spending sentence, a bare percentage continues that topic ("..., but is
      // expected to spend more than 4%").
      List<Figure> found = figures.parse(s, previousInScope || evidence != null);
      boolean inScope = evidence != null || (previousInScope && (anaphor || !found.isEmpty()));
      if (inScope || (candidates && detector.isCandidate(s))) {
        StanceResult r = classifier.classify(s);
        // A quote whose content lacks the spending words: the spending part is narration.
        boolean narratedAroundQuote = quote != null && quote.quote() != null && evidence != null
            && !quote.quote().contains(evidence) && detector.explain(quote.quote()) == null;
        List<Holder> hs = narratedAroundQuote ? List.of(Holder.outlet())
            : holders.resolve(article, s, quote, r.attitude());
        Double target = null;
        Double high = null;
        boolean stated = false;
        Figure t = found.stream().filter(f -> f.role().equals(Figure.TARGET)).findFirst().orElse(null);
        if (t != null) {
          target = t.low();
          high = t.high();
          stated = true;
        } else if (anaphor) {
          target = lastTarget;
          high = lastTargetHigh;
        } else if (r.stance().equals(StanceResult.SUPPORT)) {
          // Pressing laggards to meet the existing guideline is a position about that level.
          Figure c = found.stream().filter(f -> f.role().equals(Figure.CURRENT_TARGET)).findFirst().orElse(null);
          if (c != null) {
            target = c.low();
            high = c.high();
            stated = true;
          }
        }
        for (Holder h : hs) {
          rows.add(new StatementRow(articleId, in.index(), s, in.start(), in.end(), h.name(), h.type(), h.via(),
              r.stance(), target, target, high, stated, r.confidence(), r.reason(), found, inScope));
        }
        if (t != null) {
          lastTarget = t.low();
          lastTargetHigh = t.high();
        }
      }
      previousInScope = inScope;
      holders.observe(article, s, quote);
    }
    return rows;
  }

  /** The sentence detector (shared vocabulary), exposed for callers that filter sentences first. */
  public SpendingSentenceDetector detector() {
    return detector;
  }

  /** The rule classifier, exposed for feature extraction. */
  public StanceClassifier classifier() {
    return classifier;
  }
}
