#!/usr/bin/env bash
# Cluster check: runs the job with spark-submit semantics on a throwaway Spark standalone cluster
# (one master, one worker, on 127.0.0.1, made of the Spark jars Maven resolves) and checks that
# every table holds the same rows as a local run's. Needs only JDK 17 or 21 and Maven.
# Usage: scripts/cluster-run.sh [LOCAL_OUT]
#   LOCAL_OUT: the output of a finished `./corpuscope run` of the sample to compare with (CI passes
#   its sample run's out/); without it, the script makes one. KEEP=1 keeps the temporary folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
local_out=""
if [[ $# -gt 0 ]]; then
  if [[ ! -f "$1/run_manifest/_SUCCESS" ]]; then
    echo "cluster-run: $1 is not the output of a finished run" >&2
    exit 2
  fi
  local_out="$(cd "$1" && pwd)"
fi
cd "$root"

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
major="$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
if [[ -z "$major" || "$major" -lt 17 || "$major" -gt 21 ]]; then
  echo "cluster-run: Spark 4.1 needs Java 17 or 21, found '${major:-none}' at $java; set JAVA_HOME" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/corpuscope-cluster.XXXXXX")"
logs="$work/logs"
mkdir -p "$logs"
pids=()
ok=0

finish() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ $ok = 1 && -z "${KEEP:-}" ]]; then
    rm -rf "$work"
  else
    echo "cluster-run: outputs and logs kept in $work" >&2
  fi
}
trap finish EXIT
trap 'exit 130' INT TERM

fail() {
  echo "cluster-run: FAILED: $*" >&2
  for log in "$logs"/*.log "$work"/worker/app-*/*/stderr; do
    [[ -f "$log" ]] || continue
    echo "----- last lines of ${log#"$work"/} -----" >&2
    tail -n 25 "$log" >&2
  done
  exit 1
}

# Waits up to 60 s, while process $3 lives, for a line matching $2 in log $1; prints the match.
await() {
  for _ in $(seq 60); do
    if grep -m 1 -o -E "$2" "$1" 2>/dev/null; then return 0; fi
    kill -0 "$3" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}

# The cluster jar, and a SPARK_HOME laid out as a Spark distribution's: jars/ holds Spark and what it
# needs (Scala, Hadoop client, Jackson...), i.e. the dependencies the cluster profile leaves provided.
echo "cluster-run: building the cluster jar (mvn -Pcluster package)..."
mvn -B -ntp -q -f jobs/pom.xml -Pcluster -DskipTests package \
  dependency:build-classpath -DincludeScope=provided -Dmdep.outputFile="$work/spark-classpath.txt" \
  >"$logs/build.log" 2>&1 || fail "mvn -Pcluster package"
jar="$root/jobs/target/corpuscope-jobs-cluster.jar"
export SPARK_HOME="$work/spark" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
mkdir -p "$SPARK_HOME/jars"
tr ':' '\n' <"$work/spark-classpath.txt" | while read -r dep || [[ -n "$dep" ]]; do
  ln -s "$dep" "$SPARK_HOME/jars/"
done
spark=("$java" @"$root/jobs/spark-jvm.options" -cp "$SPARK_HOME/jars/*")

# Master and worker on free ports (port 0: the system picks; the logs say which), no REST server.
"${spark[@]}" -Xmx256m -Dspark.master.rest.enabled=false org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 0 --webui-port 0 >"$logs/master.log" 2>&1 &
pids+=($!)
master="$(await "$logs/master.log" 'spark://127\.0\.0\.1:[0-9]+' "${pids[0]}")" \
  || fail "the master did not start"
"${spark[@]}" -Xmx256m org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
  --cores 2 --memory 1536m --work-dir "$work/worker" "$master" >"$logs/worker.log" 2>&1 &
pids+=($!)
await "$logs/worker.log" 'Successfully registered with master' "${pids[1]}" >/dev/null \
  || fail "the worker did not register"
echo "cluster-run: master $master, one worker (2 cores, 1.5 GB)"

# The job as spark-submit runs it: SparkSubmit sets spark.master, so the job's --master default
# (local[*]) does not apply. Input and output are Hadoop URIs, as on a real cluster. 8 shuffle
# partitions: fewer tasks than Spark's 200 on this tiny corpus, and (on 2 or 3 cores) another
# partitioning than the local run's twice the cores, which must not change a row.
echo "cluster-run: submitting the job..."
start=$SECONDS
"${spark[@]}" -Xmx1g org.apache.spark.deploy.SparkSubmit --master "$master" --deploy-mode client \
  --conf spark.executor.memory=1g --conf spark.cores.max=2 --conf spark.ui.enabled=false \
  --conf spark.sql.shuffle.partitions=8 \
  --class io.corpuscope.cli.Main "$jar" \
  run --input "file://$root/data/sample" --output "file://$work/cluster-out" >"$logs/submit.log" 2>&1 \
  || fail "spark-submit exited with $?"
echo "cluster-run: cluster run done in $((SECONDS - start)) s"

# The tasks must have run in an executor the worker started, not in the driver.
tasks="$(cat "$work"/worker/app-*/*/stderr 2>/dev/null | grep -c 'Running task' || true)"
[[ "$tasks" -gt 0 ]] || fail "no executor of the worker ran a task"
echo "cluster-run: the worker's executor ran $tasks tasks (application $(cd "$work/worker" && echo app-*))"
for pid in "${pids[@]}"; do kill "$pid"; done

if [[ -z "$local_out" ]]; then
  echo "cluster-run: the same job locally (./corpuscope run)..."
  start=$SECONDS
  local_out="$work/local-out"
  CORPUSCOPE_JAVA_OPTS="${CORPUSCOPE_JAVA_OPTS:--Xmx2g}" ./corpuscope run --output "$local_out" \
    >"$logs/local.log" 2>&1 || fail "the local run failed"
  echo "cluster-run: local run done in $((SECONDS - start)) s"
fi

echo "cluster-run: comparing every table (ClusterOutputMatchesLocalTest)..."
mvn -B -ntp -q test -Dtest=ClusterOutputMatchesLocalTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcorpuscope.cluster.out="$work/cluster-out" -Dcorpuscope.local.out="$local_out" \
  >"$logs/compare.log" 2>&1 || fail "the cluster's tables differ from the local run's (see compare.log)"
grep 'cluster = local' "$logs/compare.log" || true
grep -q 'cluster = local: articles' "$logs/compare.log" || fail "the comparison did not run"
ok=1
echo "cluster-run: OK in $SECONDS s: the cluster run wrote the same rows as the local run ($local_out)"
