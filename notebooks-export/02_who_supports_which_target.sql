-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Who supports which target
-- MAGIC
-- MAGIC **Answers:** which holders (people, countries, organisations, groups, outlets) support or oppose
-- MAGIC which level of defence spending — 2 %, 3.5 %, 5 % of GDP… — and how often they say so.
-- MAGIC `target_pct_gdp` is the figure a statement is about (the low end of a range, `target_pct_high`
-- MAGIC its high end); it is empty when the statement names no figure.
-- MAGIC
-- MAGIC **Tables read:** `spending_statements` (partitioned by `period`).
-- MAGIC
-- MAGIC **Before you run it** — register the table once per session under its folder name (`<out>` is
-- MAGIC the job's `--output`, `out/` for `./corpuscope run`):
-- MAGIC
-- MAGIC - Databricks / Spark SQL: `SET spark.sql.sources.partitionColumnTypeInference.enabled=false` (so
-- MAGIC   `period` stays a string), then `CREATE TABLE spending_statements USING parquet LOCATION
-- MAGIC   '<out>/spending_statements'` and `MSCK REPAIR TABLE spending_statements` (again after a run adds a period).
-- MAGIC - DuckDB: `CREATE VIEW spending_statements AS SELECT * FROM read_parquet('<out>/spending_statements/**/*.parquet',
-- MAGIC   hive_partitioning = true, hive_types = {'period': 'VARCHAR'})`.
-- MAGIC
-- MAGIC Every column is described in `docs/data-dictionary.md`.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Holder × target × stance
-- MAGIC One row per holder and stated target, with how many statements support, oppose or merely
-- MAGIC mention it. Highest targets first.

-- COMMAND ----------

SELECT
  holder,
  holder_type,
  target_pct_gdp,
  target_pct_high,
  COUNT(*) AS n_statements,
  COUNT(CASE WHEN stance = 'support' THEN 1 END) AS n_support,
  COUNT(CASE WHEN stance = 'oppose' THEN 1 END) AS n_oppose,
  COUNT(CASE WHEN stance = 'neutral' THEN 1 END) AS n_neutral,
  MIN(period) AS first_period,
  MAX(period) AS last_period
FROM spending_statements
WHERE holder IS NOT NULL AND target_pct_gdp IS NOT NULL
GROUP BY holder, holder_type, target_pct_gdp, target_pct_high
ORDER BY target_pct_gdp DESC, target_pct_high DESC NULLS LAST, n_statements DESC, holder

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Matrix: holders by target band
-- MAGIC Statements per holder and stance, counted in bands of the target: about 2 % (below 2.5),
-- MAGIC 2.5 to 4.5 % (the 3 %, 3.5 % and 3.7 % figures), 4.5 % and above (the 5 % goal), and no figure.

-- COMMAND ----------

SELECT
  holder,
  holder_type,
  stance,
  COUNT(CASE WHEN target_pct_gdp < 2.5 THEN 1 END) AS target_about_2_pct,
  COUNT(CASE WHEN target_pct_gdp >= 2.5 AND target_pct_gdp < 4.5 THEN 1 END) AS target_2_5_to_4_5_pct,
  COUNT(CASE WHEN target_pct_gdp >= 4.5 THEN 1 END) AS target_4_5_pct_or_more,
  COUNT(CASE WHEN target_pct_gdp IS NULL THEN 1 END) AS no_figure,
  COUNT(*) AS n_statements
FROM spending_statements
WHERE holder IS NOT NULL
GROUP BY holder, holder_type, stance
ORDER BY holder, stance

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Each holder's position in one row
-- MAGIC The highest target a holder supports and the lowest one they oppose, with their net stance
-- MAGIC ((support − oppose) / all). Outlets' own narration is left out.

-- COMMAND ----------

SELECT
  holder,
  holder_type,
  COUNT(*) AS n_statements,
  COUNT(CASE WHEN stance = 'support' THEN 1 END) AS n_support,
  COUNT(CASE WHEN stance = 'oppose' THEN 1 END) AS n_oppose,
  COUNT(CASE WHEN stance = 'neutral' THEN 1 END) AS n_neutral,
  ROUND(CAST(SUM(CASE WHEN stance = 'support' THEN 1 WHEN stance = 'oppose' THEN -1 ELSE 0 END) AS DOUBLE)
    / COUNT(*), 3) AS holder_net_stance,
  MAX(CASE WHEN stance = 'support' THEN target_pct_gdp END) AS highest_target_supported,
  MIN(CASE WHEN stance = 'oppose' THEN target_pct_gdp END) AS lowest_target_opposed,
  COUNT(DISTINCT article_id) AS n_articles
FROM spending_statements
WHERE holder IS NOT NULL AND holder_type <> 'outlet'
GROUP BY holder, holder_type
ORDER BY n_statements DESC, holder
