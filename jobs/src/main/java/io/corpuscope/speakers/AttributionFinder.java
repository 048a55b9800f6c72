package io.corpuscope.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds attributions in one sentence unit by clause structure: a reporting cue outside
 * quotation marks, its grammatical source (the noun phrase left of the cue, an apposition
 * skipped; or right of it when inverted, "said Rutte"; or the clause subject for a participle,
 * ", adding that"), and its content: an adjacent quotation (direct; content-first, content-after
 * or split around the cue) or the complement clause (indirect; "that"-clause, infinitive,
 * "X as Y", or content-first "…, X said").
 */
final class AttributionFinder {

  /** Adverbs and auxiliaries allowed between a source and its cue ("has also repeatedly said"). */
  private static final Set<String> SKIPPABLE = Set.of("has", "have", "had", "also", "again", "repeatedly",
      "later", "then", "previously", "earlier", "further", "once", "is", "are", "was", "were", "recently",
      "publicly", "privately", "reportedly", "separately", "similarly", "flatly", "initially");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later");
  // Word lists the rules test tokens against (sets, not regexes: a String.matches compiles its
  // pattern on every call, and these are asked for most tokens of every sentence).
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> BEFORE_PARTICIPLE = Set.of(",", "by", "while", "when", "after", "before", "and");
  private static final Set<String> BEFORE_NOMINAL = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
      "that", "newly", "recently");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be");
  private static final Set<String> BE_OR_S = Set.of("is", "are", "was", "were", "been", "be", "'s");
  private static final Set<String> BEFORE_APPOSITION = Set.of("the", "a", "an", "who", "its", "his", "her", "of");
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "what");
  /** Words opening a relative clause inside an apposition ("a former aide who accompanied her"). */
  private static final Set<String> RELATIVE_OPENERS = Set.of("who", "which", "whom", "whose", "where");
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were");
  private static final Set<String> CLAUSE_CLOSERS = Set.of("on", "in", "at", "after", "before", "during");
  private static final Set<String> CLAUSE_OPENERS = Set.of("to", "as", "of", "for", "if", "whether");
  private static final Set<String> CONJUNCTIONS = Set.of(",", "but", "and", "while", "though", "although", "as",
      "however", ";");
  /** A bracket, a capital initial ("J.") or a hyphen. */
  private static final Pattern BRACKET_INITIAL_OR_DASH =
      Pattern.compile("[\\[\\]]|[A-Z]\\.|-");

  /** "He's said": a pronoun with 's is has or is, not a possessor. */
  private static final Set<String> HAS_OR_IS = Set.of("he's", "she's", "it's", "that's", "who's", "there's", "what's");

  private static final Set<String> DASHES = Set.of("-", "–", "—");
  /** Words opening a clause before its subject: "As I noted", "When she said". */
  private static final Set<String> SUBORDINATORS = Set.of("as", "if", "when", "while", "because", "although", "though",
      "since", "after", "before", "once", "unless", "until", "whereas");

  private final ReportingLexicon lexicon;

  AttributionFinder(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Attribution> find(Sentence s, List<Tok> toks, List<QuoteSpan> quotes) {
    List<int[]> cues = cues(toks);
    List<Attribution> out = new ArrayList<>();
    for (int c = 0; c < cues.size(); c++) {
      int ci = cues.get(c)[0];
      int ce = cues.get(c)[1];
      Tok cue = toks.get(ci);
      if (passive(toks, ci, ce)) {
        continue;
      }
      boolean participle = sharesSubject(toks, ci);
      List<Tok> source = participle ? List.of() : leftSource(toks, ci);
      boolean inverted = false;
      if (!participle && source.isEmpty()) {
        // inverted order only right after a quote or a comma: "“…,” said Rutte"
        source = invertible(toks, ci) ? rightSource(toks, ce) : List.of();
        inverted = !source.isEmpty();
        if (!inverted) {
          continue;   // "Asked about X, ..." : no source, no record
        }
      }
      if (blocked(toks, participle || inverted ? null : source.get(0), ci)) {
        continue;
      }
      int clauseEnd = inverted ? indexOf(toks, source.get(source.size() - 1)) + 1 : ce;
      int srcStart = inverted ? cue.start() : (participle ? cue.start() : source.get(0).start());
      String cueText = joinText(toks, ci, ce);
      // 1. content-first quotation: “Q,” X said
      QuoteSpan before = ContentSpans.quoteEndingBefore(s, quotes, srcStart);
      if (before != null && !participle) {
        List<int[]> segs = new ArrayList<>();
        segs.add(ContentSpans.trimComma(s, before));
        QuoteSpan after = ContentSpans.quoteStartingAfter(s, toks, quotes, clauseEnd);
        if (after != null) {
          segs.add(ContentSpans.trimComma(s, after));    // split quote: “A,” X said, “B.”
        }
        out.add(new Attribution(cue.start(), toks.get(ce - 1).end(), cueText, source, false, segs, true));
        continue;
      }
      // 2. content-after: X said: “Q” / X told reporters that “Q”
      int contentTok = complementStart(toks, ci, ce, clauseEnd);
      int nextClause = nextClauseStart(toks, cues, c, contentTok, s.end());
      if (contentTok < toks.size()) {
        QuoteSpan q = ContentSpans.quoteAt(quotes, toks.get(contentTok).start());
        List<int[]> segs = new ArrayList<>();
        int lastClose = q == null ? 0 : q.close();
        if (q != null) {
          segs.add(ContentSpans.trimComma(s, q));
          for (QuoteSpan more : quotes) {
            if (more.continuesPrevious() && more.open() >= q.close() - 1) {
              segs.add(new int[] {more.contentStart(), more.contentEnd()});
              lastClose = more.close();
            }
          }
        }
        if (q != null && ContentSpans.onlyPunctBetween(s, lastClose, nextClause)) {
          out.add(new Attribution(cue.start(), toks.get(ce - 1).end(), cueText, source, participle, segs, true));
          continue;
        }
      }
      // 3. indirect: complement after the cue, or content-first "…, X said."
      int[] span;
      boolean afterComma = !participle && !inverted && indexOf(toks, source.get(0)) > 0
          && toks.get(indexOf(toks, source.get(0)) - 1).text().equals(",");
      boolean tail = contentTok >= toks.size() || toks.get(contentTok).isPunct() && !toks.get(contentTok).quoted()
          || afterComma && contentTok > clauseEnd && toks.get(contentTok - 1).text().equals(",")
          && indexOf(toks, source.get(0)) >= 4;   // "Nonetheless, he said, …" has no content before
      if (tail || inverted) {
        int from = s.start();
        int to = srcStart;
        span = ContentSpans.trim(s, from, to);
      } else {
        span = ContentSpans.trim(s, toks.get(contentTok).start(), nextClause);
      }
      if (span != null && ContentSpans.wordCount(s, span) >= 2) {
        out.add(new Attribution(cue.start(), toks.get(ce - 1).end(), cueText, source, participle,
            List.of(span), false));
      }
    }
    return out;
  }

  /** Cue token ranges {start, end}: verb forms and multi-word phrases outside quotes. */
  private List<int[]> cues(List<Tok> toks) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.quoted()) {
        continue;
      }
      int phraseEnd = matchPhrase(toks, i);
      if (phraseEnd > 0) {
        out.add(new int[] {i, phraseEnd});
        i = phraseEnd - 1;
        continue;
      }
      String base = lexicon.base(t.text());
      if (base == null) {
        continue;
      }
      String next = i + 1 < toks.size() ? toks.get(i + 1).lower() : "";
      String prev = i > 0 ? toks.get(i - 1).lower() : "";
      boolean verbal = t.isVerb() || next.equals("that") || next.equals(":")
          || t.lower().endsWith("ing") && BEFORE_PARTICIPLE.contains(prev);
      // "Holm's expressed desire", "Cruz's remarks": after a possessor a verb form is a noun or
      // modifies one, unless it is a participle with a complement ("Trump's said the wall …" is
      // Trump has said)
      boolean nominal = BEFORE_NOMINAL.contains(prev) || i > 0 && toks.get(i - 1).isPossessive()
          && !HAS_OR_IS.contains(prev.replace('’', '\'')) && !prev.equals("'s") && !prev.equals("’s")
          && (!isParticiple(t.lower()) || attributive(toks, i, toks.size()))
          || i > 1 && toks.get(i - 1).tag().startsWith("ADV") && ARTICLES.contains(toks.get(i - 2).lower());
      if (verbal && !nominal) {
        out.add(new int[] {i, i + 1});
      }
    }
    return out;
  }

  private int matchPhrase(List<Tok> toks, int i) {
    for (String[] p : lexicon.phrases()) {
      if (i + p.length > toks.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < p.length && ok; k++) {
        ok = toks.get(i + k).lower().equals(p[k]) && !toks.get(i + k).quoted();
      }
      if (ok) {
        return i + p.length;
      }
    }
    return -1;
  }

  /**
   * The cue shares the subject of an earlier clause: a participle (", adding that", "while
   * recalling", "by threatening to") or a coordinated verb ("… and floated", "but assured").
   */
  private static boolean sharesSubject(List<Tok> toks, int ci) {
    if (ci == 0) {
      return false;
    }
    String prev = toks.get(ci - 1).lower();
    if (toks.get(ci).lower().endsWith("ing")) {
      return !beAuxBefore(toks, ci);
    }
    return prev.equals("and") || prev.equals("but");
  }

  /** "a ceasefire announced by Trump", "23 allies estimated to have": no speaker uttering content. */
  private static boolean passive(List<Tok> toks, int ci, int ce) {
    String n1 = ce < toks.size() ? toks.get(ce).lower() : "";
    String n2 = ce + 1 < toks.size() ? toks.get(ce + 1).lower() : "";
    String n3 = ce + 2 < toks.size() ? toks.get(ce + 2).lower() : "";
    return n1.equals("by") || n2.equals("by") && !toks.get(ce).isPunct()
        || n1.equals("to") && (n2.equals("have") || n2.equals("be"))
        || (ci > 0 && BE.contains(toks.get(ci - 1).lower()) && !toks.get(ci).lower().endsWith("ing"));
  }

  private static boolean invertible(List<Tok> toks, int ci) {
    if (ci == 0) {
      return false;
    }
    Tok p = toks.get(ci - 1);
    // "- We warn … - said Ryabkov": a dash opens and closes speech in some translated copy
    return p.text().equals(",") || p.quoted() || "”\"’'".contains(p.text()) || p.text().equals("''") || DASHES.contains(p.text());
  }

  private static boolean beAuxBefore(List<Tok> toks, int ci) {
    return ci > 0 && BE_OR_S.contains(toks.get(ci - 1).lower());
  }

  /** A modal, infinitive "to" or negation between the source and the cue: no utterance reported. */
  private boolean blocked(List<Tok> toks, Tok sourceStart, int ci) {
    int from = sourceStart == null ? ci - 2 : indexOf(toks, sourceStart);
    for (int i = ci - 1; i > from && i >= ci - 4; i--) {
      String w = toks.get(i).lower();
      if (lexicon.isBlocker(w) || w.endsWith("n't") || w.endsWith("n’t")) {
        return true;
      }
    }
    return false;
  }

  /** The source noun phrase ending right before the cue (adverbs, auxiliaries, an apposition skipped). */
  private List<Tok> leftSource(List<Tok> toks, int ci) {
    int i = ci - 1;
    while (i >= 0 && (SKIPPABLE.contains(toks.get(i).lower()) || lexicon.isBlocker(toks.get(i).lower())
        || toks.get(i).tag().startsWith("ADV") && !toks.get(i).isPunct())) {
      i--;
    }
    int who = relativeBefore(toks, i);
    int unclosed = unclosedApposition(toks, i);
    if (unclosed >= 0) {
      i = unclosed;   // "Jacques Benichou, president of the group (GIFAS) said": no closing comma
    } else if (who > 0) {
      i = who - 2;   // "X, who for days threatened to": the source is X
    } else if (i >= 0 && DASHES.contains(toks.get(i).text()) && !toks.get(i).quoted()) {
      // "X — who is running for Y — warned": the name before the first dash is the source
      int j = i - 1;
      while (j >= 0 && !DASHES.contains(toks.get(j).text()) && i - j <= MAX_APPOSITION) {
        j--;
      }
      if (j <= 0 || !DASHES.contains(toks.get(j).text())) {
        return List.of();
      }
      i = j - 1;
    } else if (i >= 0 && toks.get(i).text().equals(",")) {
      List<Tok> named = nameAfterDescription(toks, i);
      if (!named.isEmpty()) {
        return named;
      }
      // apposition "X, the head of Y, said": the name before the first comma is the source
      int j = appositionStart(toks, i);
      if (j < 0) {
        return List.of();
      }
      i = j - 1;
      if (i >= 2 && toks.get(i).tag().startsWith("NUM") && toks.get(i - 1).text().equals(",")) {
        i -= 2;   // an age: "Schiff, 56, who …"
      }
    }
    i = beforePartyLabel(toks, i);
    int end = i + 1;
    while (i >= 0 && isNpToken(toks.get(i), toks, i)) {
      i--;
    }
    List<Tok> np = new ArrayList<>(toks.subList(i + 1, end));
    while (!np.isEmpty() && (np.get(0).lower().equals("of") || DASHES.contains(np.get(0).text())
        || SUBORDINATORS.contains(np.get(0).lower()))) {
      np.remove(0);
    }
    boolean content = np.stream().anyMatch(t -> t.tag().startsWith("NOUN") || t.tag().startsWith("PROPN")
        || t.tag().startsWith("PRON") || t.isCapitalised());
    return content ? np : List.of();
  }

  /** A past participle a reporting verb can have after "has": "said", "told", "warned". */
  private static boolean isParticiple(String w) {
    return w.endsWith("ed") || w.equals("said") || w.equals("told") || w.equals("written");
  }

  /** A participle used as an adjective before a noun: "a Washington-based developer", "the newly elected senator". */
  private static boolean attributive(List<Tok> toks, int k, int end) {
    String w = toks.get(k).lower();
    if (!w.endsWith("ed") || k + 1 >= end) {
      return false;
    }
    String next = toks.get(k + 1).tag();
    return next.startsWith("NOUN") || next.startsWith("ADJ") || next.startsWith("PROPN");
  }

  /**
   * An apposition the copy did not close before the cue: from {@code i} back to a comma with a
   * full name (two proper nouns) before it and a singular lower-case noun after it ("Jacques
   * Benichou, president of the French aerospace group (GIFAS) said"), with no auxiliary, reporting
   * verb or quote in between. Returns the index of the name's last token, or -1.
   */
  private int unclosedApposition(List<Tok> toks, int i) {
    if (i < 0 || toks.get(i).text().equals(",") || toks.get(i).isCapitalised() && toks.get(i).tag().startsWith("PROPN")) {
      return -1;
    }
    for (int k = i; k >= 2 && i - k <= MAX_APPOSITION; k--) {
      Tok t = toks.get(k);
      if (t.quoted() || t.tag().startsWith("AUX") || AUXILIARIES.contains(t.lower()) || lexicon.base(t.text()) != null) {
        return -1;
      }
      if (t.text().equals(",")) {
        Tok next = toks.get(k + 1);
        boolean description = !next.isCapitalised() && next.tag().startsWith("NOUN") && !next.lower().endsWith("s");
        boolean name = isProperName(toks.get(k - 1)) && isProperName(toks.get(k - 2));
        return description && name ? k - 1 : -1;
      }
    }
    return -1;
  }

  private static boolean isProperName(Tok t) {
    return t.isCapitalised() && !t.isAcronym() && t.tag().startsWith("PROPN");
  }

  /**
   * "A lawyer for the outlets, David Schulz, said": a name of two to four words set off by commas
   * after a lower-case description is the source. Empty when the comma at {@code comma} does not
   * close such a name.
   */
  private static List<Tok> nameAfterDescription(List<Tok> toks, int comma) {
    int k = comma - 1;
    while (k >= 0 && comma - k <= 4 && (toks.get(k).isCapitalised() && !toks.get(k).isAcronym()
        && (toks.get(k).tag().startsWith("PROPN") || BRACKET_INITIAL_OR_DASH.matcher(toks.get(k).text()).matches()))) {
      k--;
    }
    int n = comma - 1 - k;
    if (n < 2 || k < 1 || !toks.get(k).text().equals(",")) {
      return List.of();
    }
    Tok before = toks.get(k - 1);
    return before.tag().startsWith("NOUN") && !before.isCapitalised() ? List.copyOf(toks.subList(k + 1, comma)) : List.of();
  }

  /**
   * The index of a relative "who" that opens the clause of the cue ending at {@code i}, after a
   * comma ("X, who for days repeatedly threatened"), with only adverbs, prepositions, nouns and
   * numbers in between; else -1.
   */
  private static int relativeBefore(List<Tok> toks, int i) {
    for (int k = i; k >= 1 && k >= i - 5; k--) {
      Tok t = toks.get(k);
      if (t.lower().equals("who") && !t.quoted()) {
        return toks.get(k - 1).text().equals(",") && k >= 2 ? k : -1;
      }
      if (t.isVerb() || t.isPunct() || t.quoted()) {
        return -1;
      }
    }
    return -1;
  }

  /** Longest apposition skipped between a name and its cue, in tokens. */
  private static final int MAX_APPOSITION = 30;
  private static final Pattern PARTY_LABEL = Pattern.compile("[RDI](?:-[A-Z][A-Za-z.]*)?\\.?");

  /**
   * For the comma at {@code comma} right before a cue: the index of the comma opening an
   * apposition ("X, the head of Y, said"; "X, who chairs Y, said"; "X, ARF manager of Y, said";
   * "X, speaking to reporters, said"; "X, 56, who has served …, told"; "X, a spokeswoman for Y,
   * which is made up of Z, said"), or -1. The nearest comma that opens a valid one wins. An
   * apposition opened by an article, possessive, "who" or an age follows any noun phrase; one
   * opened otherwise must follow a name (a capitalised proper noun) or a party label. Before a
   * relative pronoun it holds no verb but a participle, and no auxiliary when name-led (it would
   * be a clause of its own); after one, its relative clause may hold anything.
   */
  private int appositionStart(List<Tok> toks, int comma) {
    for (int j = comma - 1; j > 0 && comma - j <= MAX_APPOSITION; j--) {
      Tok t = toks.get(j);
      if (t.quoted()) {
        return -1;
      }
      if (t.text().equals(",") && j < comma - 1 && isApposition(toks, j, comma)) {
        return j;
      }
    }
    return -1;
  }

  private boolean isApposition(List<Tok> toks, int open, int close) {
    Tok firstTok = toks.get(open + 1);
    String first = firstTok.lower();
    Tok before = toks.get(open - 1);
    // the tagger reads rare names as common nouns ("Matthew/NOUN Intardonato/NOUN")
    boolean afterName = before.isCapitalised() && !before.isAcronym()
        && (before.tag().startsWith("PROPN") || before.tag().startsWith("NOUN") && open >= 2 && toks.get(open - 2).isCapitalised())
        || before.text().equals(")");
    if (close == open + 2 && firstTok.isCapitalised() && firstTok.text().endsWith(".")) {
      return false;   // "of Springfield, Va.,": a state after a place, inside a longer apposition
    }
    boolean described = BEFORE_APPOSITION.contains(first) || firstTok.tag().startsWith("NUM") && afterName;
    if (!described && !afterName || first.equals("which")) {
      return false;   // "Y, which is made up of Z,": a relative on a thing, inside a longer apposition if any
    }
    boolean relative = false;
    for (int k = open + 1; k < close; k++) {
      Tok t = toks.get(k);
      if (RELATIVE_OPENERS.contains(t.lower())) {
        relative = true;
      } else if (relative || t.lower().endsWith("ing") || attributive(toks, k, close)) {
        // a participle's complement may hold any clause: "X, perhaps acknowledging that it will fail, said"
        relative |= t.isVerb() && t.lower().endsWith("ing");
      } else if (described ? t.isVerb() : t.tag().startsWith("AUX") || AUXILIARIES.contains(t.lower())
          || lexicon.base(t.text()) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Skips a party label after a name, back to the name: "Jeff Flake (R-Ariz.)", "Jeff Merkley (D)
   * of Oregon". Returns the index of the token before the label, or {@code i} when there is none.
   */
  private static int beforePartyLabel(List<Tok> toks, int i) {
    int close = i;
    if (i >= 2 && toks.get(i).isCapitalised() && toks.get(i - 1).lower().equals("of") && toks.get(i - 2).text().equals(")")) {
      close = i - 2;   // "(D) of Oregon"
    }
    if (close < 0 || !toks.get(close).text().equals(")")) {
      return i;
    }
    int open = close - 1;
    StringBuilder label = new StringBuilder();
    while (open >= 0 && !toks.get(open).text().equals("(") && close - open <= 5) {
      label.insert(0, toks.get(open).text());
      open--;
    }
    return open > 0 && toks.get(open).text().equals("(") && PARTY_LABEL.matcher(label).matches() ? open - 1 : i;
  }

  private static boolean isNpToken(Tok t, List<Tok> toks, int i) {
    if (t.quoted() && !t.text().startsWith("[")) {
      return false;
    }
    String tag = t.tag();
    String w = t.lower();
    if (w.equals("of")) {
      return i > 0 && (toks.get(i - 1).isCapitalised() || toks.get(i - 1).tag().startsWith("NOUN"));
    }
    if (BRACKET_INITIAL_OR_DASH.matcher(t.text()).matches()) {
      return true;
    }
    return tag.startsWith("PROPN") || tag.startsWith("NOUN") || tag.startsWith("ADJ") || tag.startsWith("DET")
        || tag.startsWith("NUM") || (tag.startsWith("PRON") && !RELATIVES.contains(w))
        || t.isPossessive() || (t.isCapitalised() && !t.isPunct() && !w.equals("but") && !w.equals("and"));
  }

  /**
   * The first of two coordinated sources ending right before {@code source}: "Sens. Alan
   * Cranston (D-Cal.) and Daniel Evans (R-Wash.) said" gives "Sens. Alan Cranston" for the source
   * "Daniel Evans". Empty when the source is not preceded by "and" and a capitalised noun phrase.
   */
  List<Tok> coordinatedSource(List<Tok> toks, List<Tok> source) {
    if (source.isEmpty()) {
      return List.of();
    }
    int and = indexOf(toks, source.get(0)) - 1;
    if (and < 1 || !toks.get(and).lower().equals("and")) {
      return List.of();
    }
    int i = beforePartyLabel(toks, and - 1);
    int end = i + 1;
    while (i >= 0 && isNpToken(toks.get(i), toks, i)) {
      i--;
    }
    List<Tok> np = toks.subList(i + 1, end);
    boolean named = !np.isEmpty() && np.get(np.size() - 1).isCapitalised() && !np.get(np.size() - 1).isPunct();
    return named ? List.copyOf(np) : List.of();
  }

  /** The subject noun phrase before token {@code verb}, for discourse salience. */
  List<Tok> subjectBefore(List<Tok> toks, int verb) {
    return leftSource(toks, verb);
  }

  /**
   * The subject of the clause a participle or coordinated verb at {@code ci} hangs on: the
   * source noun phrase of the nearest verb to its left ("Trump hurt … by threatening").
   */
  List<Tok> clauseSubject(List<Tok> toks, int ci) {
    for (int v = ci - 1; v >= 0; v--) {
      Tok t = toks.get(v);
      if (t.isVerb() && !t.quoted() && !sharesSubject(toks, v) && !AUXILIARIES.contains(t.lower())) {
        List<Tok> np = leftSource(toks, v);
        if (!np.isEmpty()) {
          return np;
        }
      }
    }
    // "Barack Obama, perhaps acknowledging that …": the noun phrase before the comma
    int i = ci - 1;
    while (i >= 0 && toks.get(i).tag().startsWith("ADV")) {
      i--;
    }
    if (i < 1 || !toks.get(i).text().equals(",")) {
      return List.of();
    }
    i = beforePartyLabel(toks, i - 1);
    int end = i + 1;
    while (i >= 0 && isNpToken(toks.get(i), toks, i)) {
      i--;
    }
    List<Tok> np = toks.subList(i + 1, end);
    return np.stream().anyMatch(Tok::isCapitalised) ? List.copyOf(np) : List.of();
  }

  /** Inverted source "said Rutte", "said the Pentagon", "according to officials". */
  private List<Tok> rightSource(List<Tok> toks, int ce) {
    int i = ce;
    List<Tok> np = new ArrayList<>();
    while (i < toks.size() && isNpToken(toks.get(i), toks, i) && !toks.get(i).lower().equals("that")) {
      np.add(toks.get(i));
      i++;
    }
    // "said Ryabkov quoted by …": a participle after the name closes it too
    boolean closed = i >= toks.size() || toks.get(i).isPunct() || CLAUSE_CLOSERS.contains(toks.get(i).lower())
        || toks.get(i).tag().startsWith("VERB") && (toks.get(i).lower().endsWith("ed") || toks.get(i).lower().endsWith("ing"));
    boolean named = np.stream().anyMatch(t -> t.isCapitalised() || t.tag().startsWith("NOUN"));
    return closed && named && np.size() <= 8 ? np : List.of();
  }

  /** Token index where the complement starts: after an object for tell-type verbs, "that", time phrases. */
  private int complementStart(List<Tok> toks, int ci, int ce, int clauseEnd) {
    int i = clauseEnd;
    // a "that" soon after the cue, with no other clause in between: "said on Friday that", "told reporters that"
    for (int k = i; k < toks.size() && k < i + 15; k++) {
      Tok t = toks.get(k);
      if (t.lower().equals("that") && !t.quoted()) {
        return k + 1;
      }
      if (t.quoted() || isOneOf(t.text(), ".;:!?") || (t.isVerb() && !t.lower().equals("broadcast"))
          || lexicon.base(t.text()) != null || CLAUSE_OPENERS.contains(t.lower())) {
        break;
      }
    }
    String base = lexicon.base(toks.get(ci).text());
    if (base != null && (base.equals("reassure") || base.equals("assure")) && i + 1 < toks.size()) {
      // "reassured allies of X": the content is X
      for (int k = i; k < toks.size() && k < i + 6; k++) {
        if (toks.get(k).lower().equals("of")) {
          return k + 1;
        }
        if (toks.get(k).isPunct() || toks.get(k).isVerb()) {
          break;
        }
      }
    }
    while (i < toks.size() && (WEEKDAYS.contains(toks.get(i).lower())
        || toks.get(i).lower().equals("on") && i + 1 < toks.size() && WEEKDAYS.contains(toks.get(i + 1).lower()))) {
      i++;
    }
    while (i < toks.size() && isOneOf(toks.get(i).text(), ",:")) {
      i++;
    }
    return i;
  }

  /** Where the content of cue c ends: before the clause of the next cue, else the sentence end. */
  /**
   * Where the content of cue {@code c} stops: at the clause of the next cue in the sentence. A cue
   * with no clause of its own does not stop it: a passive one, a blocked one ("the tax cuts would
   * promote"), and one whose subject opens this cue's complement ("Talyzin said the plan stressed
   * …": reported inside the content).
   */
  private int nextClauseStart(List<Tok> toks, List<int[]> cues, int c, int contentTok, int sentenceEnd) {
    for (int n = c + 1; n < cues.size(); n++) {
      int ni = cues.get(n)[0];
      Tok cue = toks.get(ni);
      int k;
      if (passive(toks, ni, cues.get(n)[1])) {
        continue;   // "said she was asked to …": a passive cue is inside the content, no clause of its own
      }
      if (sharesSubject(toks, ni)) {
        k = ni;   // participle: the content stops at ", adding"
      } else {
        List<Tok> src = leftSource(toks, ni);
        if (src.isEmpty() || blocked(toks, src.get(0), ni)) {
          continue;
        }
        k = indexOf(toks, src.get(0));
        if (k == contentTok) {
          continue;
        }
      }
      while (k > 0 && CONJUNCTIONS.contains(toks.get(k - 1).lower())) {
        k--;
      }
      return toks.get(k).start();
    }
    return sentenceEnd;
  }

  private static int indexOf(List<Tok> toks, Tok t) {
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i) == t) {
        return i;
      }
    }
    return -1;
  }

  private static String joinText(List<Tok> toks, int a, int b) {
    return SpeakerResolver.joinToks(toks.subList(a, b));
  }

  /** Whether {@code text} is one character of {@code chars}. */
  private static boolean isOneOf(String text, String chars) {
    return text.length() == 1 && chars.indexOf(text.charAt(0)) >= 0;
  }
}
