-- Incremental publish: replaces sql/schema/30_rejected_records.sql for the changed days only.
delete from rejected_records where landing_day in (select landing_day from publish_changed_days);

insert into rejected_records by name
select landing_day, file, position, reason, excerpt
from lake_changed_rejected_records
order by landing_day, file, position;
