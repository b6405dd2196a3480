-- Who visited whom, and what did they sign (or plan to sign) during the trip?
-- (status is the document's; visit_status the trip's.)
select visitor_name, visitor_iso3, destination_iso3, visit_status,
       doc_type, status, parties, document_name
from documents_signed_during_visits
order by visit_first_reported_at, visitor_name, doc_type;
