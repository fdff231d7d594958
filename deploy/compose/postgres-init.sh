#!/usr/bin/env bash
# docker-compose: run once by the postgres image on an empty data volume
# (/docker-entrypoint-initdb.d). Creates one LOGIN role and one database, owned by it, for each name
# in STRIDE_DATABASES. The password is the name: local demo values, like the local stack's.
set -euo pipefail

for name in ${STRIDE_DATABASES:?list the databases to create, e.g. "crm kpi analytics"}; do
  echo "stride: role and database $name"
  psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres -v name="$name" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'name';
CREATE DATABASE :"name" OWNER :"name";
SQL
done
