-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Top speakers and their stance
-- MAGIC
-- MAGIC **Answers:** who is quoted most, and where do the most-quoted people stand on defence spending?
-- MAGIC Speakers (`quotes.speaker`, `speaker_frequency.speaker`) and holders
-- MAGIC (`spending_statements.holder`) are the same canonical names, so they join on the name; a
-- MAGIC statement made inside a quote also carries that quote's `quote_id`.
-- MAGIC
-- MAGIC **Tables read:** `speaker_frequency`, `quotes`, `spending_statements`, `stance_trends` (all partitioned by `period`).
-- MAGIC
-- MAGIC **Before you run it** — register each table once per session under its folder name (`<out>` is
-- MAGIC the job's `--output`, `out/` for `./corpuscope run`):
-- MAGIC
-- MAGIC - Databricks / Spark SQL: `SET spark.sql.sources.partitionColumnTypeInference.enabled=false` (so
-- MAGIC   `period` stays a string), then for each table `CREATE TABLE quotes USING parquet LOCATION '<out>/quotes'`
-- MAGIC   and `MSCK REPAIR TABLE quotes` (again after a run adds a period).
-- MAGIC - DuckDB: for each table `CREATE VIEW quotes AS SELECT * FROM read_parquet('<out>/quotes/**/*.parquet',
-- MAGIC   hive_partitioning = true, hive_types = {'period': 'VARCHAR'})`.
-- MAGIC
-- MAGIC Every column is described in `docs/data-dictionary.md`.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## The 20 most-quoted speakers and their spending statements
-- MAGIC Quotes over all periods (unresolved speakers left out) beside the speaker's statements about
-- MAGIC the level of defence spending; a speaker who never spoke about it has 0 statements and no net stance.

-- COMMAND ----------

WITH speakers AS (
  SELECT
    speaker,
    speaker_role,
    COUNT(*) AS n_quotes,
    COUNT(CASE WHEN kind = 'direct' THEN 1 END) AS n_direct,
    COUNT(DISTINCT article_id) AS n_articles,
    COUNT(DISTINCT period) AS n_periods
  FROM quotes
  WHERE speaker IS NOT NULL
  GROUP BY speaker, speaker_role
),
stances AS (
  SELECT
    holder,
    COUNT(*) AS n_statements,
    COUNT(CASE WHEN stance = 'support' THEN 1 END) AS n_support,
    COUNT(CASE WHEN stance = 'oppose' THEN 1 END) AS n_oppose,
    COUNT(CASE WHEN stance = 'neutral' THEN 1 END) AS n_neutral,
    CAST(SUM(CASE WHEN stance = 'support' THEN 1 WHEN stance = 'oppose' THEN -1 ELSE 0 END) AS DOUBLE)
      / COUNT(*) AS holder_net_stance,
    MAX(target_pct_gdp) AS max_target_pct_gdp
  FROM spending_statements
  WHERE holder IS NOT NULL
  GROUP BY holder
)
SELECT
  sp.speaker,
  sp.speaker_role,
  sp.n_quotes,
  sp.n_direct,
  sp.n_articles,
  sp.n_periods,
  COALESCE(st.n_statements, 0) AS n_spending_statements,
  COALESCE(st.n_support, 0) AS n_support,
  COALESCE(st.n_oppose, 0) AS n_oppose,
  COALESCE(st.n_neutral, 0) AS n_neutral,
  ROUND(st.holder_net_stance, 3) AS holder_net_stance,
  st.max_target_pct_gdp
FROM speakers sp
LEFT JOIN stances st ON st.holder = sp.speaker
ORDER BY sp.n_quotes DESC, sp.speaker, sp.speaker_role
LIMIT 20

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Top five speakers of each period, with that period's stance
-- MAGIC `share_of_quotes` is the speaker's share of the period's attributed quotes; the stance columns
-- MAGIC come from the speaker's own row in `stance_trends` for the same period (empty when they made no
-- MAGIC spending statement then).

-- COMMAND ----------

WITH ranked AS (
  SELECT
    period,
    speaker,
    speaker_role,
    n_quotes,
    n_direct,
    n_sources,
    share_of_quotes,
    ROW_NUMBER() OVER (PARTITION BY period ORDER BY n_quotes DESC, speaker, speaker_role) AS rank_in_period
  FROM speaker_frequency
)
SELECT
  r.period,
  r.rank_in_period,
  r.speaker,
  r.speaker_role,
  r.n_quotes,
  r.n_direct,
  r.n_sources,
  ROUND(r.share_of_quotes, 3) AS share_of_quotes,
  t.n_support,
  t.n_oppose,
  t.n_neutral,
  ROUND(t.net_stance, 3) AS net_stance
FROM ranked r
LEFT JOIN stance_trends t ON t.period = r.period AND t.holder = r.speaker
WHERE r.rank_in_period <= 5
ORDER BY r.period, r.rank_in_period

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Quotes that are spending statements
-- MAGIC Joined through `quote_id`: the speaker's words and the stance read from them. `holder` differs
-- MAGIC from `speaker` when the speaker relays someone else's position (then `via` names the speaker).

-- COMMAND ----------

SELECT
  q.period,
  q.speaker,
  s.holder,
  s.via,
  q.kind,
  s.stance,
  s.target_pct_gdp,
  ROUND(s.confidence, 2) AS stance_confidence,
  q.quote,
  s.sentence,
  s.statement_id
FROM spending_statements s
JOIN quotes q ON q.quote_id = s.quote_id AND q.period = s.period
ORDER BY q.period, q.speaker, s.statement_id
