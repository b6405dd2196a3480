-- What this warehouse was built from, for the next publish to redo only what changed (see
-- dagster_project/warehouse/publish.py). Run at the end of every publish, full or incremental, with
-- publish_state_rows (key, value) and publish_partition_rows (lake_table, landing_day, version).
create schema if not exists _publish;

create or replace table _publish.state as
select key, value from publish_state_rows;

create or replace table _publish.partitions as
select lake_table, cast(landing_day as date) as landing_day, version
from publish_partition_rows
order by lake_table, landing_day;

comment on table _publish.state is 'Publish bookkeeping: the lake, the digest of the SQL and reference data, the mode and time of the last publish.';
comment on table _publish.partitions is 'Publish bookkeeping: the version (size and mtime, or ETag) of every lake partition the warehouse was built from.';
