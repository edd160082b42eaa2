#!/bin/bash
# Runs once, when the postgres image initialises an empty data directory: creates the services' login role
# (CORROBORATE_DB_USERNAME / CORROBORATE_DB_PASSWORD) and gives it the database, so the services never
# connect as the superuser. Each service's Flyway then creates and owns its schema (ingest, analysis).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set=app_user="$CORROBORATE_DB_USERNAME" --set=app_password="$CORROBORATE_DB_PASSWORD" \
  --set=db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';
ALTER DATABASE :"db" OWNER TO :"app_user";
SQL
