package io.corpuscope.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reading of an article: its sentence units ({@link SentenceSplitter}), the quotation spans
 * touching each ({@link QuoteMarks} and {@link DashSpeech}, found once per paragraph) and each sentence's tagged tokens
 * ({@link Tok}). Lists are indexed by {@link Sentence#index()}.
 */
record Reading(List<Sentence> sentences, List<List<QuoteSpan>> quotes, List<List<Tok>> tokens) {

  static Reading of(String text, ReportingLexicon lexicon) {
    List<Sentence> sents = SentenceSplitter.split(text);
    Map<Integer, List<QuoteSpan>> quotesByPara = new HashMap<>();
    List<List<QuoteSpan>> quotes = new ArrayList<>(sents.size());
    List<List<Tok>> toks = new ArrayList<>(sents.size());
    for (Sentence s : sents) {
      int ps = text.lastIndexOf('\n', s.start()) + 1;
      int pe = text.indexOf('\n', s.start());
      int paraEnd = pe < 0 ? text.length() : pe;
      List<QuoteSpan> pq = quotesByPara.computeIfAbsent(ps,
          k -> DashSpeech.with(QuoteMarks.find(text, k, paraEnd), text, k, paraEnd, lexicon));
      List<QuoteSpan> sq = new ArrayList<>();
      for (QuoteSpan q : pq) {
        if (q.contentStart() < s.end() && q.contentEnd() > s.start()) {
          sq.add(q);
        }
      }
      quotes.add(sq);
      toks.add(Tok.of(text, s, sq));
    }
    return new Reading(sents, quotes, toks);
  }
}
