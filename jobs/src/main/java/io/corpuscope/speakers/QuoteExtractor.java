package io.corpuscope.speakers;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Extracts quotes and reported speech with their speakers from one cleaned article: the entry
 * point the Spark stage calls per article. Plain Java over strings; serializable (reference
 * tables only) so one instance can be shipped to executors; the OpenNLP models load lazily once
 * per JVM ({@link NlpModels}).
 *
 * <p>Per article: split into sentence units ({@link SentenceSplitter}), scan all names and titles
 * first (so "Rutte" resolves to "Mark Rutte" and a title resolves cataphorically), then walk the
 * sentences in order, finding attributions ({@link AttributionFinder}) and resolving each source
 * ({@link SpeakerResolver}) against the discourse state (the salient person for pronouns).
 */
public final class QuoteExtractor implements Serializable {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[:,'‘\\s]+$");

  private static final long serialVersionUID = 1L;

  private final ReportingLexicon lexicon;
  private final SpeakerNames names;
  private final RoleTable roles;

  /** An extractor using the bundled reference files. */
  public QuoteExtractor() {
    this.lexicon = ReportingLexicon.loadDefault();
    this.names = SpeakerNames.loadDefault();
    this.roles = RoleTable.loadDefault();
  }

  /** An extractor with another cue lexicon (training compares lexicons). */
  QuoteExtractor(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = SpeakerNames.loadDefault();
    this.roles = RoleTable.loadDefault();
  }

  /** The sentence units of {@code text}; {@link ExtractedQuote#sentenceIndex()} indexes this list. */
  public List<Sentence> sentences(String text) {
    return SentenceSplitter.split(text);
  }

  /** Attribution relations of one article, in text order. {@code articleId} is for diagnostics only. */
  public List<ExtractedQuote> extract(String articleId, String text) {
    List<ExtractedQuote> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    Reading reading = Reading.of(text, lexicon);
    List<Sentence> sents = reading.sentences();
    List<List<QuoteSpan>> quotes = reading.quotes();
    List<List<Tok>> toks = reading.tokens();
    SpeakerResolver resolver = new SpeakerResolver(names, roles);
    for (List<Tok> t : toks) {
      resolver.scan(t);
    }
    AttributionFinder finder = new AttributionFinder(lexicon);
    ContinuationRule continuation = new ContinuationRule(text);
    for (Sentence s : sents) {
      List<Tok> t = toks.get(s.index());
      SpeakerResolver.Resolved subject = updateSalienceFromSubject(finder, resolver, t);
      List<Attribution> atts = finder.find(s, t, quotes.get(s.index()));
      if (atts.isEmpty()) {
        continuation.apply(s, quotes.get(s.index()), out);
        continue;
      }
      SpeakerResolver.Resolved clause = subject;
      SpeakerResolver.Resolved earlier = null;
      for (Attribution a : atts) {
        SpeakerResolver.Resolved r;
        String asWritten;
        if (a.participial()) {
          List<Tok> subj = finder.clauseSubject(t, indexAt(t, a.cueStart()));
          // an earlier cue of this sentence owns the clause; else the nearest verb's subject
          r = earlier != null ? earlier : !subj.isEmpty() ? resolver.resolve(subj) : clause != null ? clause
              : new SpeakerResolver.Resolved(resolver.salient(), resolver.salient() != null
                  ? SpeakerResolver.PERSON : SpeakerResolver.UNRESOLVED, "none");
          asWritten = null;
        } else {
          r = resolver.resolve(a.source());
          asWritten = SpeakerResolver.joinToks(a.source());
        }
        if (SpeakerResolver.PERSON.equals(r.role())) {
          resolver.setSalient(r.speaker());
        }
        if (clause == null || !a.participial() && SpeakerResolver.PERSON.equals(r.role())) {
          clause = r;
        }
        if (earlier == null) {
          earlier = r;
        }
        if (!a.participial() && SpeakerResolver.PERSON.equals(r.role()) && !"pronoun".equals(r.mentionType())) {
          addCoordinated(text, s, a, finder.coordinatedSource(t, a.source()), resolver, out);
        }
        ExtractedQuote q = build(text, s, a, r, asWritten);
        out.add(q);
        addNested(text, s, a, q, out);
      }
    }
    out.sort(Comparator.comparingInt(ExtractedQuote::start));
    return out;
  }

  /** "X and Y said": a second record of the same content for X when X is a named person too. */
  private void addCoordinated(String text, Sentence s, Attribution a, List<Tok> first, SpeakerResolver resolver,
                List<ExtractedQuote> out) {
    if (first.isEmpty()) {
      return;
    }
    SpeakerResolver.Resolved r = resolver.resolve(first);
    if (SpeakerResolver.PERSON.equals(r.role()) && !"pronoun".equals(r.mentionType()) && r.speaker() != null) {
      out.add(build(text, s, a, r, SpeakerResolver.joinToks(first)));
    }
  }

  private static int indexAt(List<Tok> t, int start) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).start() == start) {
        return i;
      }
    }
    return 0;
  }

  private ExtractedQuote build(String text, Sentence s, Attribution a, SpeakerResolver.Resolved r, String asWritten) {
    StringBuilder quote = new StringBuilder();
    for (int[] seg : a.content()) {
      String part = text.substring(seg[0], seg[1]);
      if (a.direct()) {
        part = part.replaceFirst(",$", "");
      }
      if (quote.length() > 0) {
        quote.append(" ... ");
      }
      quote.append(part);
    }
    int[] last = a.content().get(a.content().size() - 1);
    double conf = switch (r.mentionType()) {
      case "full_name", "surname" -> 0.95;
      case "pronoun" -> 0.8;
      case "title" -> 0.75;
      default -> 0.6;
    };
    if (!a.direct()) {
      conf -= 0.1;
    }
    if (r.speaker() == null) {
      conf = 0.3;
    }
    String speaker = SpeakerResolver.PERSON.equals(r.role()) || SpeakerResolver.ORGANISATION.equals(r.role())
        ? r.speaker() : null;
    return new ExtractedQuote(s.index(), speaker, asWritten, r.role(), quote.toString(),
        a.direct() ? "direct" : "indirect", text.substring(a.cueStart(), a.cueEnd()),
        a.firstStart(), last[1], conf);
  }

  /**
   * A quotation inside a direct quote with its own cue ("… have repeatedly said: 'We are …'")
   * is its own record; its source is the phrase before that cue, kept anonymous (a group or a
   * person named only inside someone else's words is not resolved).
   */
  private void addNested(String text, Sentence s, Attribution a, ExtractedQuote outer, List<ExtractedQuote> out) {
    if (!a.direct()) {
      return;
    }
    for (int[] seg : a.content()) {
      QuoteSpan span = new QuoteSpan(seg[0] - 1, seg[1] + 1, seg[0], seg[1], false);
      int[] inner = QuoteMarks.nested(text, span);
      if (inner == null) {
        continue;
      }
      String lead = text.substring(seg[0], inner[0]).strip();
      String[] words = SPACES.split(TRAILING_PUNCT.matcher(lead).replaceAll("").strip());
      if (words.length >= 2 && lexicon.base(words[words.length - 1]) != null) {
        out.add(new ExtractedQuote(s.index(), null, lead.substring(0, lead.lastIndexOf(words[words.length - 1])).strip(),
            SpeakerResolver.ANONYMOUS, text.substring(inner[0], inner[1]), "direct",
            words[words.length - 1], inner[0], inner[1], 0.3));
      }
    }
  }

  /**
   * The grammatical subject of the sentence (the noun phrase before its first verb outside
   * quotes); a named person there becomes salient for later pronouns. Returns it when a person.
   */
  private static SpeakerResolver.Resolved updateSalienceFromSubject(AttributionFinder finder,
                                    SpeakerResolver resolver, List<Tok> t) {
    for (int i = 0; i < t.size(); i++) {
      Tok w = t.get(i);
      if (w.quoted()) {
        return null;
      }
      if (w.isVerb()) {
        List<Tok> np = finder.subjectBefore(t, i);
        if (np.isEmpty()) {
          return null;
        }
        SpeakerResolver.Resolved r = resolver.resolve(np);
        if (!SpeakerResolver.PERSON.equals(r.role())) {
          return null;
        }
        if (!"pronoun".equals(r.mentionType())) {
          resolver.setSalient(r.speaker());
        }
        return r;
      }
    }
    return null;
  }
}
