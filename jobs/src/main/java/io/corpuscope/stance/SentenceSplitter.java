package io.corpuscope.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits article text into sentences with OpenNLP's English sentence model. The model is loaded
 * once per JVM; the detector is not thread-safe, so each thread gets its own instance. Line
 * breaks are paragraph ends: a sentence never spans two lines.
 */
public final class SentenceSplitter {
  private static final String MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final SentenceModel SENTENCE_MODEL = load();
  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCE_MODEL));

  private SentenceSplitter() {}

  private static SentenceModel load() {
    try (InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the classpath");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sentences of the text with offsets into it. */
  public static List<SentenceInput> split(String text) {
    List<SentenceInput> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        for (Span span : DETECTOR.get().sentPosDetect(line)) {
          String s = span.getCoveredText(line).toString();
          // Trim like the gold files do, including U+00A0.
          int a = 0;
          int b = s.length();
          while (a < b && (Character.isWhitespace(s.charAt(a)) || s.charAt(a) == '\u00A0')) {
            a++;
          }
          while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || s.charAt(b - 1) == '\u00A0')) {
            b--;
          }
          if (b > a) {
            int start = lineStart + span.getStart() + a;
            out.add(new SentenceInput(out.size(), s.substring(a, b), start, start + (b - a)));
          }
        }
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }
}
