-- What ingest could not use, and why.
select landing_day, file, position, reason, excerpt
from rejected_records
order by landing_day, file, position;
