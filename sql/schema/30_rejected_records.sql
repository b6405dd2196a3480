-- What ingest did not turn into an article, with a reason a person can read.
create or replace table rejected_records as
select landing_day, file, position, reason, excerpt
from lake_rejected_records
order by landing_day, file, position;
