-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Stance trend by period
-- MAGIC
-- MAGIC **Answers:** is the coverage, period by period, more for or against raising defence spending?
-- MAGIC Net stance is (support − oppose) / all statements, from −1 (all oppose) to +1 (all support),
-- MAGIC over every holder together (holder `*` in `stance_trends`). Periods are months unless the job
-- MAGIC ran with another `--period`.
-- MAGIC
-- MAGIC **Tables read:** `stance_trends` and `spending_statements` (both partitioned by `period`).
-- MAGIC
-- MAGIC **Before you run it** — register each table once per session under its folder name (`<out>` is
-- MAGIC the job's `--output`, `out/` for `./corpuscope run`):
-- MAGIC
-- MAGIC - Databricks / Spark SQL: `SET spark.sql.sources.partitionColumnTypeInference.enabled=false` (so
-- MAGIC   `period` stays a string), then `CREATE TABLE stance_trends USING parquet LOCATION '<out>/stance_trends'`
-- MAGIC   and, as the table is partitioned, `MSCK REPAIR TABLE stance_trends` (again after a run adds a period).
-- MAGIC - DuckDB: `CREATE VIEW stance_trends AS SELECT * FROM read_parquet('<out>/stance_trends/**/*.parquet',
-- MAGIC   hive_partitioning = true, hive_types = {'period': 'VARCHAR'})`.
-- MAGIC
-- MAGIC The same for `spending_statements`. Every column is described in `docs/data-dictionary.md`.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Net stance per period, all holders
-- MAGIC One row per period: the counts behind the net stance and the %-of-GDP targets mentioned.

-- COMMAND ----------

SELECT
  period,
  period_start,
  n_support,
  n_oppose,
  n_neutral,
  n_support + n_oppose + n_neutral AS n_statements,
  ROUND(net_stance, 3) AS net_stance,
  ROUND(mean_target_pct_gdp, 2) AS mean_target_pct_gdp,
  max_target_pct_gdp
FROM stance_trends
WHERE holder = '*'
ORDER BY period_start, period

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Change from the previous period
-- MAGIC The first period has no previous one, so its change is empty.

-- COMMAND ----------

SELECT
  period,
  ROUND(net_stance, 3) AS net_stance,
  ROUND(net_stance - LAG(net_stance) OVER (ORDER BY period_start, period), 3) AS change_in_net_stance,
  n_support + n_oppose + n_neutral AS n_statements,
  n_support + n_oppose + n_neutral
    - LAG(n_support + n_oppose + n_neutral) OVER (ORDER BY period_start, period) AS change_in_statements
FROM stance_trends
WHERE holder = '*'
ORDER BY period_start, period

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Net stance per holder type
-- MAGIC The same measure computed from the statements, split by who holds the position: people,
-- MAGIC countries, organisations, groups, or the outlet's own narration.

-- COMMAND ----------

SELECT
  period,
  holder_type,
  COUNT(*) AS n_statements,
  COUNT(CASE WHEN stance = 'support' THEN 1 END) AS n_support,
  COUNT(CASE WHEN stance = 'oppose' THEN 1 END) AS n_oppose,
  COUNT(CASE WHEN stance = 'neutral' THEN 1 END) AS n_neutral,
  ROUND(CAST(SUM(CASE WHEN stance = 'support' THEN 1 WHEN stance = 'oppose' THEN -1 ELSE 0 END) AS DOUBLE)
    / COUNT(*), 3) AS holder_type_net_stance
FROM spending_statements
WHERE holder IS NOT NULL AND period <> 'undated'
GROUP BY period, holder_type
ORDER BY period, holder_type

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Check: the trend matches its statements
-- MAGIC Recomputes each period's counts from `spending_statements`; `matches` should be `yes` everywhere.

-- COMMAND ----------

SELECT
  t.period,
  t.n_support + t.n_oppose + t.n_neutral AS n_in_trend,
  COALESCE(s.n_statements, 0) AS n_in_statements,
  ROUND(t.net_stance, 3) AS net_stance_in_trend,
  ROUND(s.recomputed_net_stance, 3) AS net_stance_in_statements,
  CASE
    WHEN s.n_statements = t.n_support + t.n_oppose + t.n_neutral
      AND ABS(s.recomputed_net_stance - t.net_stance) < 0.000001 THEN 'yes'
    ELSE 'no'
  END AS matches
FROM stance_trends t
LEFT JOIN (
  SELECT
    period,
    COUNT(*) AS n_statements,
    CAST(SUM(CASE WHEN stance = 'support' THEN 1 WHEN stance = 'oppose' THEN -1 ELSE 0 END) AS DOUBLE)
      / COUNT(*) AS recomputed_net_stance
  FROM spending_statements
  WHERE holder IS NOT NULL
  GROUP BY period
) s ON s.period = t.period
WHERE t.holder = '*'
ORDER BY t.period
