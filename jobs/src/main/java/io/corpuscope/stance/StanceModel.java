package io.corpuscope.stance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The learned half of the stance classifier: MLlib logistic regression on TF-IDF of the
 * sentence plus the rule features of {@link StanceClassifier}, trained on the train split of the
 * hand-labelled real sentences in {@code data/stance/labelled.jsonl}. Its probabilities are
 * blended with the rules' ({@link #RULE_WEIGHT}); the test split measures rules, model and blend
 * apart ({@link #evaluate}).
 */
public final class StanceModel {
  public static final String LABELLED = "corpuscope/stance/labelled.jsonl";
  /** Labels in the order of the model's classes. */
  public static final List<String> LABELS = List.of(StanceResult.SUPPORT, StanceResult.OPPOSE, StanceResult.NEUTRAL);
  /** The rules' share of the blend: they carry the negation and figure logic a small set cannot teach. */
  public static final double RULE_WEIGHT = 0.5;

  private static final StructType LABELLED_SCHEMA = new StructType()
      .add("id", DataTypes.StringType).add("sentence", DataTypes.StringType)
      .add("label", DataTypes.DoubleType).add("split", DataTypes.StringType);

  private final PipelineModel model;

  private StanceModel(PipelineModel model) {
    this.model = model;
  }

  /** Trains on the {@code train} split of the bundled labelled set. */
  public static StanceModel trainBundled(SparkSession spark) {
    return train(labelled(spark).filter(col("split").equalTo("train")));
  }

  public static StanceModel train(Dataset<Row> train) {
    HashingTF tf = new HashingTF().setInputCol("words").setOutputCol("tf").setNumFeatures(1 << 14);
    IDF idf = new IDF().setInputCol("tf").setOutputCol("tfidf").setMinDocFreq(2);
    VectorAssembler features = new VectorAssembler().setInputCols(new String[] {"tfidf", "rules"})
        .setOutputCol("features");
    LogisticRegression lr = new LogisticRegression().setFamily("multinomial").setMaxIter(200).setRegParam(0.05)
        .setElasticNetParam(0.0).setProbabilityCol("model_probability");
    // one partition: the gradient is then added up in one order whatever the cores, so the same
    // labelled set gives the same coefficients (and confidences) on every machine
    PipelineModel m = new Pipeline().setStages(new PipelineStage[] {tf, idf, features, lr})
        .fit(withInputs(train.coalesce(1)));
    return new StanceModel(m);
  }

  /** The bundled labelled sentences with {@code id, sentence, label (0/1/2), split}. */
  public static Dataset<Row> labelled(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    InputStream in = StanceModel.class.getClassLoader().getResourceAsStream(LABELLED);
    if (in == null) {
      throw new IllegalStateException(LABELLED + " is not on the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          rows.add(RowFactory.create(n.get("id").asText(), n.get("sentence").asText(),
              (double) LABELS.indexOf(n.get("stance").asText()), n.get("split").asText()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return spark.createDataFrame(rows, LABELLED_SCHEMA);
  }

  /**
   * Adds {@code words} and {@code rules} (the rule features) and {@code rule_stance},
   * {@code rule_confidence} to a Dataset with a {@code sentence} column.
   */
  static Dataset<Row> withInputs(Dataset<Row> sentences) {
    UserDefinedFunction words = udf((String s) -> words(s), DataTypes.createArrayType(DataTypes.StringType));
    UserDefinedFunction rules = udf((String s) -> Vectors.dense(new StanceClassifier().features(s)),
        SQLDataTypes.VectorType());
    return sentences.withColumn("words", words.apply(col("sentence"))).withColumn("rules", rules.apply(col("sentence")));
  }

  /** What separates {@link #words}: anything but letters, digits and "%". */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");

  /** Lower-case words with negation kept as a word ("don't" → "do not"): negation is stance. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : NOT_WORD.split(s.toLowerCase(Locale.ROOT).replace("n't", " not").replace("n’t", " not"))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Adds {@code stance_blend} and {@code confidence_blend}: the argmax and maximum of
   * RULE_WEIGHT · rules + (1 − RULE_WEIGHT) · model, where the rules' distribution puts their
   * confidence on their label and spreads the rest. Needs {@code sentence}, {@code rule_stance},
   * {@code rule_confidence}.
   */
  public Dataset<Row> blend(Dataset<Row> rows) {
    UserDefinedFunction label = udf((String ruleStance, Double ruleConfidence, Vector p) -> LABELS.get(argmax(
        blended(ruleStance, ruleConfidence, p))), DataTypes.StringType);
    UserDefinedFunction confidence = udf((String ruleStance, Double ruleConfidence, Vector p) -> max(
        blended(ruleStance, ruleConfidence, p)), DataTypes.DoubleType);
    Dataset<Row> scored = model.transform(withInputs(rows));
    return scored
        .withColumn("stance_blend", label.apply(col("rule_stance"), col("rule_confidence"), col("model_probability")))
        .withColumn("confidence_blend", confidence.apply(col("rule_stance"), col("rule_confidence"),
            col("model_probability")))
        .drop("words", "rules", "tf", "tfidf", "features", "rawPrediction", "model_probability", "prediction");
  }

  static double[] blended(String ruleStance, Double ruleConfidence, Vector modelP) {
    double conf = ruleConfidence == null ? 0.34 : Math.max(0.34, Math.min(1.0, ruleConfidence));
    double[] out = new double[LABELS.size()];
    for (int i = 0; i < out.length; i++) {
      double rule = LABELS.get(i).equals(ruleStance) ? conf : (1 - conf) / (LABELS.size() - 1);
      out[i] = RULE_WEIGHT * rule + (1 - RULE_WEIGHT) * modelP.apply(i);
    }
    return out;
  }

  private static int argmax(double[] a) {
    return Vectors.dense(a).argmax();
  }

  private static double max(double[] a) {
    return a[argmax(a)];
  }

  /** Accuracy and macro-F1 of rules, model and blend on a labelled split. */
  public record Scores(String split, int n, double rulesAccuracy, double rulesMacroF1, double modelAccuracy,
      double modelMacroF1, double blendAccuracy, double blendMacroF1) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-5s n=%3d | rules acc %.3f macro-F1 %.3f | LR acc %.3f macro-F1 %.3f"
          + " | blend acc %.3f macro-F1 %.3f", split, n, rulesAccuracy, rulesMacroF1, modelAccuracy, modelMacroF1,
          blendAccuracy, blendMacroF1);
    }
  }

  public Scores evaluate(Dataset<Row> labelled, String split) {
    UserDefinedFunction ruleStance = udf((String s) -> new StanceClassifier().classify(s).stance(), DataTypes.StringType);
    UserDefinedFunction ruleConf = udf((String s) -> new StanceClassifier().classify(s).confidence(), DataTypes.DoubleType);
    Dataset<Row> rows = labelled.filter(col("split").equalTo(split))
        .withColumn("rule_stance", ruleStance.apply(col("sentence")))
        .withColumn("rule_confidence", ruleConf.apply(col("sentence")));
    Dataset<Row> scored = model.transform(withInputs(rows));
    UserDefinedFunction label = udf((String rs, Double rc, Vector p) -> LABELS.get(argmax(blended(rs, rc, p))),
        DataTypes.StringType);
    List<Row> out = scored.select(col("label"), col("rule_stance"), col("prediction"),
        label.apply(col("rule_stance"), col("rule_confidence"), col("model_probability"))).collectAsList();
    List<String> gold = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    List<String> lr = new ArrayList<>();
    List<String> blend = new ArrayList<>();
    for (Row r : out) {
      gold.add(LABELS.get((int) r.getDouble(0)));
      rules.add(r.getString(1));
      lr.add(LABELS.get((int) r.getDouble(2)));
      blend.add(r.getString(3));
    }
    return new Scores(split, gold.size(), accuracy(gold, rules), macroF1(gold, rules), accuracy(gold, lr),
        macroF1(gold, lr), accuracy(gold, blend), macroF1(gold, blend));
  }

  static double accuracy(List<String> gold, List<String> pred) {
    int ok = 0;
    for (int i = 0; i < gold.size(); i++) {
      ok += gold.get(i).equals(pred.get(i)) ? 1 : 0;
    }
    return gold.isEmpty() ? 0 : (double) ok / gold.size();
  }

  static double macroF1(List<String> gold, List<String> pred) {
    double sum = 0;
    for (String l : LABELS) {
      int tp = 0, fp = 0, fn = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean g = gold.get(i).equals(l);
        boolean p = pred.get(i).equals(l);
        tp += g && p ? 1 : 0;
        fp += !g && p ? 1 : 0;
        fn += g && !p ? 1 : 0;
      }
      sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return sum / LABELS.size();
  }
}
