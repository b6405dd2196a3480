-- Visits per month by status: real-world trips (not articles), by the month (UTC) of their first
-- report and the status of their latest report.
-- reads: visit_events
select strftime(timezone('UTC', first_reported_at), '%Y-%m') as month, status,
       count(*) as trips, sum(n_articles) as reports
from visit_events
group by all
order by month, status;
