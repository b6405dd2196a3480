-- Who visited whom, and what did they sign (or plan to sign) while there?
select v.visitor_name, v.visitor_iso3, v.destination_iso3, v.status as visit_status,
       d.doc_type, d.status as document_status, d.parties
from visit_events v
join documents_signed_during_visits d using (visit_event_id)
order by v.first_reported_at, v.visitor_name, d.doc_type;
