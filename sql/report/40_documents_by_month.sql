-- Documents by type and status over time: real-world documents (not articles), by the month
-- (UTC) of their first report, their type and the status of their latest report.
-- reads: document_events
select strftime(timezone('UTC', first_reported_at), '%Y-%m') as month, doc_type, status,
       count(*) as documents, sum(n_articles) as reports
from document_events
group by all
order by month, doc_type, status;
