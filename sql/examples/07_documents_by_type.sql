-- Documents by type and status (one row per real-world document).
select doc_type, status, count(*) as documents, sum(n_articles) as reports
from document_events
group by all
order by doc_type, status;
