-- Values of accepted articles that ingest could not use (a published_at that is not a date, or
-- outside the range of timestamps): the article is kept with the value null, and the reason is here.
create or replace table field_warnings as
select landing_day, file, position, article_id, field, value, warning
from lake_field_warnings
order by landing_day, file, position, field;
