package io.corpuscope.speakers;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tagging left to right with OpenNLP's maximum-entropy model, keeping at each
 * token only its most probable tag that the model's tag dictionary allows — a beam of one.
 * {@code POSTaggerME} keeps a beam of three and so evaluates the model about three times per token
 * and sorts the candidates at each step. On 100 PolNeAR articles the two gave the same tag to
 * every token ({@code NlpModelsTest}), and the speakers stage took a quarter less time.
 *
 * <p>Not thread-safe (the context generator caches); one instance per thread.
 */
final class GreedyTagger {
  private static final String MAXENT_ENTRY = "pos.model";

  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;

  GreedyTagger(POSModel posModel) {
    MaxentModel m = posModel.getArtifact(MAXENT_ENTRY);
    if (m == null) {
      throw new IllegalStateException("OpenNLP POS model has no maximum-entropy entry '" + MAXENT_ENTRY + "'");
    }
    this.model = m;
    this.contexts = posModel.getFactory().getPOSContextGenerator();
    this.validator = posModel.getFactory().getSequenceValidator();
  }

  /** One tag per word, in the model's tag set. */
  String[] tag(String[] words) {
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      double[] probs = model.eval(contexts.getContext(i, words, tags, null));
      tags[i] = bestAllowed(i, words, tags, probs);
    }
    return tags;
  }

  /** The most probable outcome the validator accepts at {@code i}; the most probable of all if none is. */
  private String bestAllowed(int i, String[] words, String[] tags, double[] probs) {
    int first = argmax(probs);
    int best = first;
    while (best >= 0 && !validator.validSequence(i, words, tags, model.getOutcome(best))) {
      probs[best] = Double.NEGATIVE_INFINITY;
      best = argmax(probs);
      if (probs[best] == Double.NEGATIVE_INFINITY) {
        best = -1;
      }
    }
    return model.getOutcome(best >= 0 ? best : first);
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int o = 1; o < p.length; o++) {
      if (p[o] > p[best]) {
        best = o;
      }
    }
    return best;
  }
}
