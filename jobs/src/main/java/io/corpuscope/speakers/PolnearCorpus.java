package io.corpuscope.speakers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * PolNeAR as the shared corpora folder holds it ({@code polnear/polnear-0000.jsonl.gz} for the
 * texts, {@code polnear/annotations/polnear-attributions.jsonl.gz} for the labels): the articles
 * of some compartments ({@code train}, {@code dev}, {@code annotator-training}) with the
 * attributions of their first annotator, in file order (articles no one annotated are left out).
 */
public final class PolnearCorpus {

  /** One attribution: source text ("" when none), cue and content spans as {start, end} offsets into the text. */
  public record Relation(String source, List<int[]> cue, List<int[]> content) {

    public boolean hasSource() {
      return !source.isBlank();
    }
  }

  /** One article with its first annotator's relations. */
  public record Article(String id, String compartment, String text, List<Relation> relations) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private PolnearCorpus() {
  }

  /** The articles of {@code compartments} under {@code dir} (the corpus folder), in file order. */
  public static List<Article> read(Path dir, Set<String> compartments) throws IOException {
    Map<String, String[]> texts = new LinkedHashMap<>();
    try (BufferedReader r = gz(dir.resolve("polnear-0000.jsonl.gz"))) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        String c = n.path("meta").path("compartment").asText();
        if (compartments.contains(c)) {
          texts.put(n.get("id").asText(), new String[] {c, n.get("text").asText()});
        }
      }
    }
    Map<String, List<Relation>> labels = new LinkedHashMap<>();
    try (BufferedReader r = gz(dir.resolve("annotations/polnear-attributions.jsonl.gz"))) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        String doc = n.get("doc_id").asText();
        if (texts.containsKey(doc) && !labels.containsKey(doc)) {
          List<Relation> rel = new ArrayList<>();
          for (JsonNode a : n.path("attributions")) {
            rel.add(new Relation(a.path("source").path("text").asText(""), spans(a.path("cue")), spans(a.path("content"))));
          }
          labels.put(doc, rel);
        }
      }
    }
    List<Article> out = new ArrayList<>();
    texts.forEach((id, ct) -> {
      if (labels.containsKey(id)) {
        out.add(new Article(id, ct[0], ct[1], labels.get(id)));
      }
    });
    return out;
  }

  private static List<int[]> spans(JsonNode part) {
    List<int[]> out = new ArrayList<>();
    for (JsonNode s : part.path("spans")) {
      out.add(new int[] {s.get(0).asInt(), s.get(1).asInt()});
    }
    return out;
  }

  private static BufferedReader gz(Path p) throws IOException {
    return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)), StandardCharsets.UTF_8));
  }
}
