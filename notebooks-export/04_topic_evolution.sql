-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Topic evolution
-- MAGIC
-- MAGIC **Answers:** what the coverage is about, and how much of each period each topic takes.
-- MAGIC Topics come from the job's topic model; a topic's label is its three top terms. `share` is the
-- MAGIC topic's summed weight over the period's articles divided by their number, so the shares of a
-- MAGIC period add up to 1; `n_articles` counts the articles whose dominant topic it is.
-- MAGIC
-- MAGIC **Tables read:** `topic_terms`, `doc_topics`, `articles`, `topic_trends` (`doc_topics`, `articles` and
-- MAGIC `topic_trends` are partitioned by `period`).
-- MAGIC
-- MAGIC **Before you run it** — register each table once per session under its folder name (`<out>` is
-- MAGIC the job's `--output`, `out/` for `./corpuscope run`):
-- MAGIC
-- MAGIC - Databricks / Spark SQL: `SET spark.sql.sources.partitionColumnTypeInference.enabled=false` (so
-- MAGIC   `period` stays a string), then for each table `CREATE TABLE topic_trends USING parquet LOCATION
-- MAGIC   '<out>/topic_trends'`, and for the partitioned ones `MSCK REPAIR TABLE topic_trends` (again after a
-- MAGIC   run adds a period).
-- MAGIC - DuckDB: for a partitioned table `CREATE VIEW topic_trends AS SELECT * FROM
-- MAGIC   read_parquet('<out>/topic_trends/**/*.parquet', hive_partitioning = true, hive_types = {'period': 'VARCHAR'})`;
-- MAGIC   for the others `CREATE VIEW topic_terms AS SELECT * FROM read_parquet('<out>/topic_terms/*.parquet')`.
-- MAGIC
-- MAGIC Every column is described in `docs/data-dictionary.md`.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## The topics
-- MAGIC One row per topic: its label, its five top terms and its coherence (NPMI, from −1 to 1; higher
-- MAGIC means the top terms occur together in the same articles more often than by chance).

-- COMMAND ----------

SELECT
  topic_id,
  MAX(topic_label) AS topic_label,
  ROUND(MAX(topic_coherence_npmi), 3) AS topic_coherence_npmi,
  MAX(CASE WHEN rank = 1 THEN term END) AS term_1,
  MAX(CASE WHEN rank = 2 THEN term END) AS term_2,
  MAX(CASE WHEN rank = 3 THEN term END) AS term_3,
  MAX(CASE WHEN rank = 4 THEN term END) AS term_4,
  MAX(CASE WHEN rank = 5 THEN term END) AS term_5,
  COUNT(*) AS n_terms
FROM topic_terms
GROUP BY topic_id
ORDER BY topic_id

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Share of each topic per period
-- MAGIC Long format (one row per period and topic), ready for a line or stacked-area chart, with the
-- MAGIC change of the topic's share since the previous period.

-- COMMAND ----------

SELECT
  period,
  period_start,
  topic_id,
  topic_label,
  n_articles,
  ROUND(share, 3) AS share,
  ROUND(share - LAG(share) OVER (PARTITION BY topic_id ORDER BY period_start, period), 3) AS change_in_share
FROM topic_trends
ORDER BY period_start, period, topic_id

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## The leading topic of each period

-- COMMAND ----------

SELECT
  period,
  topic_id,
  topic_label,
  n_articles,
  ROUND(share, 3) AS share
FROM (
  SELECT
    period,
    period_start,
    topic_id,
    topic_label,
    n_articles,
    share,
    ROW_NUMBER() OVER (PARTITION BY period ORDER BY share DESC, topic_id) AS rank_in_period
  FROM topic_trends
) ranked
WHERE rank_in_period = 1
ORDER BY period_start, period

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Rising and falling topics
-- MAGIC Each topic's share in the first and in the latest period of the output, and the difference.

-- COMMAND ----------

SELECT
  f.topic_id,
  f.topic_label,
  f.period AS first_period,
  ROUND(f.share, 3) AS share_first,
  l.period AS latest_period,
  ROUND(l.share, 3) AS share_latest,
  ROUND(l.share - f.share, 3) AS change_in_share
FROM topic_trends f
JOIN topic_trends l ON l.topic_id = f.topic_id
WHERE f.period = (SELECT MIN(period) FROM topic_trends)
  AND l.period = (SELECT MAX(period) FROM topic_trends)
ORDER BY change_in_share DESC, f.topic_id

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## The articles behind each topic
-- MAGIC The articles most strongly about each topic (up to three per topic), from `doc_topics`; articles
-- MAGIC without a title show their source and id.

-- COMMAND ----------

SELECT
  d.topic_id,
  t.topic_label,
  d.rank_in_topic,
  ROUND(d.weight, 3) AS weight,
  a.period,
  a.published_date,
  a.source,
  COALESCE(a.title, '(no title) ' || a.article_id) AS title,
  a.url
FROM (
  SELECT
    article_id,
    topic_id,
    weight,
    ROW_NUMBER() OVER (PARTITION BY topic_id ORDER BY weight DESC, article_id) AS rank_in_topic
  FROM doc_topics
) d
JOIN (SELECT DISTINCT topic_id, topic_label FROM topic_terms) t ON t.topic_id = d.topic_id
JOIN articles a ON a.article_id = d.article_id
WHERE d.rank_in_topic <= 3
ORDER BY d.topic_id, d.rank_in_topic
