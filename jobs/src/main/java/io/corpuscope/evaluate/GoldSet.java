package io.corpuscope.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.speakers.EvalRows;
import io.corpuscope.speakers.GoldFiles;
import io.corpuscope.stance.StanceEvaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled set in the format of {@code shared/gold/}: {@code quotes.jsonl},
 * {@code ignored_attributions.jsonl} (optional) and {@code stance.jsonl} (optional), keyed by
 * document file name, with character offsets into the raw documents.
 */
public record GoldSet(List<EvalRows.Gold> quotes, List<EvalRows.Ignored> ignored,
    List<StanceEvaluation.GoldRow> stance) {

  public static GoldSet read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw CorpuscopeException.usage("--gold " + dir + ": no such directory");
    }
    try {
      Path q = dir.resolve("quotes.jsonl");
      Path i = dir.resolve("ignored_attributions.jsonl");
      Path s = dir.resolve("stance.jsonl");
      return new GoldSet(Files.exists(q) ? GoldFiles.quotes(q) : List.of(),
          Files.exists(i) ? GoldFiles.ignored(i) : List.of(), Files.exists(s) ? stance(s) : List.of());
    } catch (IOException | RuntimeException e) {
      throw CorpuscopeException.usage("--gold " + dir + ": cannot be read as a gold set: " + e.getMessage());
    }
  }

  private static List<StanceEvaluation.GoldRow> stance(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<StanceEvaluation.GoldRow> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      out.add(new StanceEvaluation.GoldRow(n.get("doc").asText(), n.get("sent_start").asInt(), n.get("sent_end").asInt(),
          n.hasNonNull("holder") ? n.get("holder").asText() : null, n.get("stance").asText(),
          n.hasNonNull("target_pct") ? n.get("target_pct").asDouble() : null,
          n.hasNonNull("target_stated") ? n.get("target_stated").asBoolean() : null));
    }
    return out;
  }
}
