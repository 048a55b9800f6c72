package io.corpuscope.speakers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the gold files of {@code shared/gold} into {@link EvalRows}. */
public final class GoldFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFiles() {
  }

  public static List<EvalRows.Gold> quotes(Path file) throws IOException {
    List<EvalRows.Gold> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = JSON.readTree(line);
      List<int[]> spans = new ArrayList<>();
      r.get("quote_spans").forEach(s -> spans.add(new int[] {s.get(0).asInt(), s.get(1).asInt()}));
      out.add(new EvalRows.Gold(r.get("id").asText(), r.get("doc").asText(), r.get("quote").asText(), spans,
          r.get("kind").asText(), r.get("mixed").asBoolean(), r.get("speaker").isNull() ? null : r.get("speaker").asText(),
          r.get("speaker_type").asText(), r.get("speaker_mention").asText()));
    }
    return out;
  }

  public static List<EvalRows.Ignored> ignored(Path file) throws IOException {
    List<EvalRows.Ignored> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode r = JSON.readTree(line);
        out.add(new EvalRows.Ignored(r.get("doc").asText(), r.get("sent_start").asInt(), r.get("sent_end").asInt()));
      }
    }
    return out;
  }
}
