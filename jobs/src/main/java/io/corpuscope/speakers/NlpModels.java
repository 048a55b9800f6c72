package io.corpuscope.speakers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP English (UD-EWT 1.3) sentence, token, POS and lemma models, loaded once per JVM from
 * the model jars on the classpath. POS tags are Universal Dependencies tags ({@code PROPN}, {@code VERB}).
 *
 * <p>The models are immutable and shared; the {@code *ME} classes that use them keep per-call
 * state and are not thread-safe, so each thread (each Spark task thread) gets its own instances
 * through {@link ThreadLocal}s. Loading happens on first use (lazy holder), so a driver that never
 * extracts quotes never pays the ~1 s load.
 */
public final class NlpModels {

  private static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private NlpModels() {
  }

  /** Initialization-on-demand holder: the JVM guarantees one thread-safe load. */
  private static final class Holder {
    static final SentenceModel SENTENCE_MODEL = load(SENTENCE, SentenceModel::new);
    static final TokenizerModel BUNDLED_TOKEN_MODEL = load(TOKENS, TokenizerModel::new);
    static final TokenizerModel TOKEN_MODEL = withAlphaNumericShortcut(BUNDLED_TOKEN_MODEL);
    static final POSModel POS_MODEL = load(POS, POSModel::new);
    static final ThreadLocal<SentenceDetectorME> SENTENCES =
        ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCE_MODEL));
    static final ThreadLocal<TokenizerME> TOKENIZER =
        ThreadLocal.withInitial(() -> new TokenizerME(TOKEN_MODEL));
    static final ThreadLocal<GreedyTagger> TAGGER =
        ThreadLocal.withInitial(() -> new GreedyTagger(POS_MODEL));
  }

  /** The lemma model, in a holder of its own: only the topics stage's {@code --topics-lemmatize} loads it. */
  private static final class LemmaHolder {
    static final LemmatizerModel LEMMA_MODEL = load(LEMMAS, LemmatizerModel::new);
    static final ThreadLocal<LemmatizerME> LEMMATIZER =
        ThreadLocal.withInitial(() -> new LemmatizerME(LEMMA_MODEL));
  }

  /**
   * The same maximum-entropy tokenizer, told to leave a run of letters and digits whole instead
   * of asking the model about every position inside it (OpenNLP's alphanumeric optimisation,
   * off in the bundled model's manifest). A news word is almost never split inside; the model
   * is still asked wherever punctuation touches a word ("U.S.", "Trump's", "—"). On PolNeAR the
   * tokens are the bundled model's on 82,233 of 82,237 words (see {@code NlpModelsTest}).
   */
  private static TokenizerModel withAlphaNumericShortcut(TokenizerModel bundled) {
    TokenizerFactory f = bundled.getFactory();
    return new TokenizerModel(bundled.getMaxentModel(), java.util.Map.of(),
        new TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern()));
  }

  private interface Loader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Loader<T> loader) {
    try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath"
            + " (dependency opennlp-models-*-en 1.3.0 missing?)");
      }
      return loader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  /** Sentence spans of {@code text} (character offsets into it). */
  public static Span[] sentencePositions(String text) {
    return Holder.SENTENCES.get().sentPosDetect(text);
  }

  /** Token spans of {@code text} (character offsets into it). */
  public static Span[] tokenPositions(String text) {
    return Holder.TOKENIZER.get().tokenizePos(text);
  }

  /** The token model as bundled, asking the model at every position: the reference for {@link #tokenPositions}. */
  static TokenizerModel bundledTokenModel() {
    return Holder.BUNDLED_TOKEN_MODEL;
  }

  /** The part-of-speech model, for OpenNLP's own beam-search tagger: the reference for {@link #tags}. */
  static POSModel posModel() {
    return Holder.POS_MODEL;
  }

  /** UD POS tags, one per token, by {@link GreedyTagger}. */
  public static String[] tags(String[] tokens) {
    return Holder.TAGGER.get().tag(tokens);
  }

  /**
   * The lemmas of {@code words} with their {@code tags} (from {@link #tags}), lower case; "_" where
   * the model has none.
   */
  public static String[] lemmas(String[] words, String[] tags) {
    return LemmaHolder.LEMMATIZER.get().lemmatize(words, tags);
  }
}
