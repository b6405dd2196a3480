-- Per file of each landing day, what ingest did with its records: read = accepted + duplicates +
-- rejected (the articles asset's every_record_accounted_for check). The Dagster metadata of a
-- landing day shows only the top files; this is all of them.
create or replace table ingest_files as
select landing_day, file, read, accepted, duplicates, rejected
from lake_ingest_files
order by landing_day, file;
