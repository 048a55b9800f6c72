-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Drill down from a trend point to its sentences
-- MAGIC
-- MAGIC **Answers:** what is behind one point of the stance trend — a period and a holder — down to
-- MAGIC the sentences, the quotes, and the articles (title, source, URL, input file) they come from.
-- MAGIC
-- MAGIC **Tables read:** `stance_trends`, `spending_statements`, `quotes`, `articles` (all partitioned by `period`).
-- MAGIC
-- MAGIC **Before you run it** — register each table once per session under its folder name (`<out>` is
-- MAGIC the job's `--output`, `out/` for `./corpuscope run`):
-- MAGIC
-- MAGIC - Databricks / Spark SQL: `SET spark.sql.sources.partitionColumnTypeInference.enabled=false` (so
-- MAGIC   `period` stays a string), then for each table `CREATE TABLE articles USING parquet LOCATION '<out>/articles'`
-- MAGIC   and `MSCK REPAIR TABLE articles` (again after a run adds a period).
-- MAGIC - DuckDB: for each table `CREATE VIEW articles AS SELECT * FROM read_parquet('<out>/articles/**/*.parquet',
-- MAGIC   hive_partitioning = true, hive_types = {'period': 'VARCHAR'})`.
-- MAGIC
-- MAGIC Every column is described in `docs/data-dictionary.md`.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Choose the trend point (edit here)
-- MAGIC Every query below starts with the same `point` clause. As shipped it picks the **latest period**
-- MAGIC of `stance_trends` and, in it, the holder with the most statements (ties by name), so the notebook
-- MAGIC shows something on any output. To look at another point, replace the clause **in each cell** by
-- MAGIC literals, for example:
-- MAGIC
-- MAGIC     WITH point AS (SELECT '2025-04' AS period, 'Marco Rubio' AS holder)
-- MAGIC
-- MAGIC `period` is a label as in the partition folders (`2025-04` for months, `2025-W14` for weeks,
-- MAGIC `2025-Q2`, `2025`, `2025-04-03`); holder `*` means every holder of the period, as in the
-- MAGIC trend's `*` row. No widgets are used so that the same SQL runs on Databricks, Spark SQL and DuckDB.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## The trend point

-- COMMAND ----------

WITH point AS (
  SELECT period, holder
  FROM (
    SELECT period, holder,
      ROW_NUMBER() OVER (ORDER BY n_support + n_oppose + n_neutral DESC, holder) AS pick
    FROM stance_trends
    WHERE holder <> '*' AND period = (SELECT MAX(period) FROM stance_trends)
  ) candidates
  WHERE pick = 1
)
SELECT
  t.period,
  t.period_start,
  t.holder,
  t.n_support,
  t.n_oppose,
  t.n_neutral,
  ROUND(t.net_stance, 3) AS net_stance,
  t.mean_target_pct_gdp,
  t.max_target_pct_gdp
FROM stance_trends t
JOIN point p ON t.period = p.period AND t.holder = p.holder

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## The statements behind it
-- MAGIC Each sentence counted in the point, its stance and target, the quote it belongs to (when it is
-- MAGIC one) and the article it comes from. `reason` lists the rule cues behind the stance.

-- COMMAND ----------

WITH point AS (
  SELECT period, holder
  FROM (
    SELECT period, holder,
      ROW_NUMBER() OVER (ORDER BY n_support + n_oppose + n_neutral DESC, holder) AS pick
    FROM stance_trends
    WHERE holder <> '*' AND period = (SELECT MAX(period) FROM stance_trends)
  ) candidates
  WHERE pick = 1
)
SELECT
  s.published_date,
  s.holder,
  s.holder_type,
  s.stance,
  s.target_pct_gdp,
  s.target_pct_high,
  ROUND(s.confidence, 2) AS stance_confidence,
  s.reason,
  s.sentence,
  s.via,
  q.speaker,
  q.kind AS quote_kind,
  q.quote,
  a.source,
  COALESCE(a.title, '(no title)') AS title,
  a.url,
  s.statement_id,
  s.article_id
FROM spending_statements s
JOIN point p ON s.period = p.period AND (p.holder = '*' OR s.holder = p.holder)
LEFT JOIN quotes q ON q.quote_id = s.quote_id AND q.period = s.period
LEFT JOIN articles a ON a.article_id = s.article_id AND a.period = s.period
WHERE s.holder IS NOT NULL
ORDER BY s.published_date, s.article_id, s.sentence_index, s.statement_id

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Everything the holder was quoted as saying in the period
-- MAGIC Not only about spending: `n_spending_statements` tells which quotes the stance was read from.
-- MAGIC A holder that is an outlet (its own narration) has no quotes.

-- COMMAND ----------

WITH point AS (
  SELECT period, holder
  FROM (
    SELECT period, holder,
      ROW_NUMBER() OVER (ORDER BY n_support + n_oppose + n_neutral DESC, holder) AS pick
    FROM stance_trends
    WHERE holder <> '*' AND period = (SELECT MAX(period) FROM stance_trends)
  ) candidates
  WHERE pick = 1
)
SELECT
  q.published_date,
  q.speaker,
  q.speaker_as_written,
  q.kind,
  q.cue,
  q.quote,
  ROUND(q.confidence, 2) AS quote_confidence,
  COALESCE(st.n_statements, 0) AS n_spending_statements,
  a.source,
  COALESCE(a.title, '(no title)') AS title,
  a.url,
  q.quote_id
FROM quotes q
JOIN point p ON q.period = p.period AND (p.holder = '*' OR q.speaker = p.holder)
LEFT JOIN (
  SELECT quote_id, COUNT(*) AS n_statements
  FROM spending_statements
  WHERE quote_id IS NOT NULL
  GROUP BY quote_id
) st ON st.quote_id = q.quote_id
LEFT JOIN articles a ON a.article_id = q.article_id AND a.period = q.period
ORDER BY q.published_date, q.article_id, q.sentence_index, q.quote_id

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## The articles behind it
-- MAGIC One row per article, with where to find the raw record (`input_file`, `record_ref`).

-- COMMAND ----------

WITH point AS (
  SELECT period, holder
  FROM (
    SELECT period, holder,
      ROW_NUMBER() OVER (ORDER BY n_support + n_oppose + n_neutral DESC, holder) AS pick
    FROM stance_trends
    WHERE holder <> '*' AND period = (SELECT MAX(period) FROM stance_trends)
  ) candidates
  WHERE pick = 1
)
SELECT
  a.published_date,
  a.source,
  COALESCE(a.title, '(no title)') AS title,
  a.url,
  COUNT(*) AS n_statements,
  COUNT(CASE WHEN s.stance = 'support' THEN 1 END) AS n_support,
  COUNT(CASE WHEN s.stance = 'oppose' THEN 1 END) AS n_oppose,
  COUNT(CASE WHEN s.stance = 'neutral' THEN 1 END) AS n_neutral,
  a.article_id,
  a.input_file,
  a.record_ref
FROM spending_statements s
JOIN point p ON s.period = p.period AND (p.holder = '*' OR s.holder = p.holder)
JOIN articles a ON a.article_id = s.article_id AND a.period = s.period
WHERE s.holder IS NOT NULL
GROUP BY a.published_date, a.source, a.title, a.url, a.article_id, a.input_file, a.record_ref
ORDER BY a.published_date, a.article_id
