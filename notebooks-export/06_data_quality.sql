-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Data quality
-- MAGIC
-- MAGIC **Answers:** can the numbers of the other notebooks be trusted? What each run read and what
-- MAGIC became of every record (kept, duplicate, quarantined, outside `--since/--until`), per input
-- MAGIC file; why records were rejected; how much of the corpus is duplicated; and whether the tables
-- MAGIC agree with each other.
-- MAGIC
-- MAGIC **Tables read:** `run_manifest`, `run_inputs`, `quarantine`, and `articles`, `doc_topics`, `quotes`,
-- MAGIC `spending_statements`, `stance_trends`, `topic_trends` (partitioned by `period`).
-- MAGIC
-- MAGIC **Before you run it** — register each table once per session under its folder name (`<out>` is
-- MAGIC the job's `--output`, `out/` for `./corpuscope run`):
-- MAGIC
-- MAGIC - Databricks / Spark SQL: `SET spark.sql.sources.partitionColumnTypeInference.enabled=false` (so
-- MAGIC   `period` stays a string), then for each table `CREATE TABLE run_inputs USING parquet LOCATION
-- MAGIC   '<out>/run_inputs'`, and for the partitioned ones also `MSCK REPAIR TABLE articles` (again after a
-- MAGIC   run adds a period).
-- MAGIC - DuckDB: for the unpartitioned tables `CREATE VIEW run_inputs AS SELECT * FROM
-- MAGIC   read_parquet('<out>/run_inputs/*.parquet')`; for the partitioned ones `CREATE VIEW articles AS SELECT *
-- MAGIC   FROM read_parquet('<out>/articles/**/*.parquet', hive_partitioning = true, hive_types = {'period': 'VARCHAR'})`.
-- MAGIC
-- MAGIC Every column is described in `docs/data-dictionary.md`.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Runs
-- MAGIC One row per run written to this output (the history is kept), latest first. `unaccounted` must
-- MAGIC be 0: every record read is kept, a duplicate, quarantined or outside the date window.

-- COMMAND ----------

SELECT
  run_id,
  status,
  started_at,
  finished_at,
  files_read,
  records_read,
  records_kept,
  records_duplicate,
  records_quarantined,
  records_out_of_window,
  records_read - records_kept - records_duplicate - records_quarantined - records_out_of_window AS unaccounted,
  ROUND(CAST(records_duplicate AS DOUBLE) / NULLIF(records_read, 0), 3) AS duplicate_share,
  ROUND(CAST(records_quarantined AS DOUBLE) / NULLIF(records_read, 0), 3) AS quarantined_share,
  jobs_version,
  failure
FROM run_manifest
ORDER BY started_at DESC, run_id

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Where the latest run spent its time
-- MAGIC Seconds per stage; a stage that did not run is empty.

-- COMMAND ----------

SELECT
  run_id,
  ROUND(ingest_seconds, 1) AS ingest_seconds,
  ROUND(topics_seconds, 1) AS topics_seconds,
  ROUND(speakers_seconds, 1) AS speakers_seconds,
  ROUND(stance_seconds, 1) AS stance_seconds,
  ROUND(report_seconds, 1) AS report_seconds,
  ROUND(COALESCE(ingest_seconds, 0) + COALESCE(topics_seconds, 0) + COALESCE(speakers_seconds, 0)
    + COALESCE(stance_seconds, 0) + COALESCE(report_seconds, 0), 1) AS total_stage_seconds,
  spark_version,
  input_paths
FROM run_manifest
WHERE started_at = (SELECT MAX(started_at) FROM run_manifest)

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Input files of the latest run
-- MAGIC What became of each file's records; files with the most rejects first.

-- COMMAND ----------

SELECT
  input_file,
  records_read,
  records_kept,
  records_duplicate,
  records_quarantined,
  records_out_of_window,
  records_read - records_kept - records_duplicate - records_quarantined - records_out_of_window AS unaccounted,
  ROUND(CAST(records_quarantined AS DOUBLE) / NULLIF(records_read, 0), 3) AS quarantined_share,
  run_id
FROM run_inputs
ORDER BY records_quarantined DESC, input_file

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Quarantine at a glance
-- MAGIC Always one row, also when nothing was rejected.

-- COMMAND ----------

SELECT
  q.n_quarantined,
  q.n_reasons,
  q.n_files_with_rejects,
  r.records_read,
  ROUND(CAST(q.n_quarantined AS DOUBLE) / NULLIF(r.records_read, 0), 4) AS quarantined_share
FROM (
  SELECT
    COUNT(*) AS n_quarantined,
    COUNT(DISTINCT reason) AS n_reasons,
    COUNT(DISTINCT input_file) AS n_files_with_rejects
  FROM quarantine
) q
CROSS JOIN (SELECT SUM(records_read) AS records_read FROM run_inputs) r

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Quarantine by reason
-- MAGIC One row per reason (`malformed_json`, `missing_text`, `unparseable_date`, `duplicate_id`…) with an
-- MAGIC example record to look at (`record_ref` is the line, row or file in `input_file`). Empty when
-- MAGIC nothing was rejected, as on the bundled sample.

-- COMMAND ----------

-- expect: may be empty
SELECT
  reason,
  COUNT(*) AS n_records,
  COUNT(DISTINCT input_file) AS n_files,
  MIN(input_file) AS example_file,
  MIN(record_ref) AS example_record_ref,
  MIN(detail) AS example_detail
FROM quarantine
GROUP BY reason
ORDER BY n_records DESC, reason

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Articles per period: duplicates, language, date precision
-- MAGIC `n_duplicates` are copies of a story kept once elsewhere (`duplicate_of` names the canonical
-- MAGIC copy); later stages count each story once. Dates known only to the month or year are imprecise.

-- COMMAND ----------

SELECT
  period,
  COUNT(*) AS n_articles,
  COUNT(CASE WHEN duplicate_of IS NOT NULL THEN 1 END) AS n_duplicates,
  ROUND(CAST(COUNT(CASE WHEN duplicate_of IS NOT NULL THEN 1 END) AS DOUBLE) / COUNT(*), 3) AS duplicate_share,
  COUNT(CASE WHEN language <> 'en' THEN 1 END) AS n_not_english,
  COUNT(CASE WHEN date_precision <> 'day' THEN 1 END) AS n_imprecise_dates,
  COUNT(DISTINCT source) AS n_sources,
  ROUND(AVG(n_tokens), 1) AS mean_tokens
FROM articles
GROUP BY period
ORDER BY period

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Duplicates overall
-- MAGIC Always one row. `largest_copy_count` is the number of copies of the most-copied story.

-- COMMAND ----------

SELECT
  COUNT(*) AS n_articles,
  COUNT(CASE WHEN duplicate_of IS NULL THEN 1 END) AS n_stories,
  COUNT(CASE WHEN duplicate_of IS NOT NULL THEN 1 END) AS n_duplicates,
  ROUND(CAST(COUNT(CASE WHEN duplicate_of IS NOT NULL THEN 1 END) AS DOUBLE) / NULLIF(COUNT(*), 0), 3)
    AS duplicate_share,
  COALESCE((
    SELECT MAX(n_copies)
    FROM (SELECT duplicate_of, COUNT(*) AS n_copies FROM articles WHERE duplicate_of IS NOT NULL GROUP BY duplicate_of) c
  ), 0) AS largest_copy_count
FROM articles

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Do the tables agree?
-- MAGIC One row per check; `n_failing` should be 0 everywhere.

-- COMMAND ----------

SELECT
  'records add up per input file' AS check_name,
  COUNT(*) AS n_failing
FROM run_inputs
WHERE records_read <> records_kept + records_duplicate + records_quarantined + records_out_of_window
UNION ALL
SELECT
  'statements cite existing quotes',
  COUNT(*)
FROM spending_statements s
LEFT JOIN quotes q ON q.quote_id = s.quote_id
WHERE s.quote_id IS NOT NULL AND q.quote_id IS NULL
UNION ALL
SELECT
  'statements cite existing articles',
  COUNT(*)
FROM spending_statements s
LEFT JOIN articles a ON a.article_id = s.article_id
WHERE a.article_id IS NULL
UNION ALL
SELECT
  'topic shares add up to 1 per period',
  COUNT(*)
FROM (SELECT period, SUM(share) AS total_share FROM topic_trends GROUP BY period) t
WHERE ABS(t.total_share - 1) > 0.000001
UNION ALL
SELECT
  'stance trend * rows match the statements',
  COUNT(*)
FROM stance_trends t
LEFT JOIN (
  SELECT period, COUNT(*) AS n_statements
  FROM spending_statements
  WHERE holder IS NOT NULL
  GROUP BY period
) s ON s.period = t.period
WHERE t.holder = '*' AND (s.n_statements IS NULL OR s.n_statements <> t.n_support + t.n_oppose + t.n_neutral)
UNION ALL
SELECT
  'one dominant topic per scored article',
  COUNT(*)
FROM (
  SELECT article_id, COUNT(CASE WHEN is_dominant THEN 1 END) AS n_dominant
  FROM doc_topics
  GROUP BY article_id
) d
WHERE d.n_dominant <> 1
ORDER BY check_name
