#!/bin/bash
# docker-compose: the one-shot kafka-init container. Creates the topics listed in the shared topic file
# (deploy/kafka-topics.txt, "name partitions [config=value,...]" per line, the list the local stack
# creates too) on BOOTSTRAP_SERVERS, skipping the ones that exist. Runs on the apache/kafka image.
set -euo pipefail

topics_file=${TOPICS_FILE:-/stride/kafka-topics.txt}
bootstrap=${BOOTSTRAP_SERVERS:-kafka:9092}
kafka_topics=${KAFKA_BIN:-/opt/kafka/bin}/kafka-topics.sh
# tool JVMs: small and quick to start
export KAFKA_HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xmx128m}

existing=$("$kafka_topics" --bootstrap-server "$bootstrap" --list)
created=0
while read -r name partitions configs; do
  if grep -qxF "$name" <<<"$existing"; then
    continue
  fi
  args=(--bootstrap-server "$bootstrap" --create --if-not-exists --topic "$name"
    --partitions "$partitions" --replication-factor 1)
  if [[ -n ${configs:-} ]]; then
    IFS=, read -ra pairs <<<"$configs"
    for pair in "${pairs[@]}"; do args+=(--config "$pair"); done
  fi
  "$kafka_topics" "${args[@]}"
  created=$((created + 1))
done < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$topics_file")
echo "stride: $created topics created, $(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$topics_file" | wc -l) listed in $topics_file"
