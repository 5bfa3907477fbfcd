#!/bin/sh
# The application's login role; the migrations (run by the owner at the first start of Thuisnabij)
# grant it exactly what it needs.
set -e
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -c "create role thuisnabij login password '$THUISNABIJ_DB_PASSWORD'"
