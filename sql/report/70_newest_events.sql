-- The 20 newest events (trips and documents, by their latest report), each with the evidence of
-- that latest report: the sentence, and the article's source, title and address. `dated` is false
-- when that article has no publication time (the event's time is then its landing day).
-- reads: visit_events, visit_event_members, visits, document_events, document_event_members, documents, articles
with visit_evidence as (
    select m.visit_event_id as event_id,
           arg_max(v.sentence, (m.reported_at, m.visit_id)) as sentence,
           arg_max(m.article_id, (m.reported_at, m.visit_id)) as article_id
    from visit_event_members m
    join visits v using (visit_id)
    group by all
),
document_evidence as (
    select m.document_event_id as event_id,
           arg_max(d.sentence, (m.reported_at, m.document_id)) as sentence,
           arg_max(m.article_id, (m.reported_at, m.document_id)) as article_id
    from document_event_members m
    join documents d using (document_id)
    group by all
),
events as (
    select 'visit' as kind, e.visit_event_id as event_id, e.last_reported_at, e.status,
           coalesce(e.visitor_name, 'a visitor') || coalesce(' (' || e.visitor_country || ')', '')
               || ' to ' || coalesce(e.destination_country, e.destination_iso3)
               || case when len(e.cities) > 0 then ': ' || array_to_string(e.cities, ', ') else '' end as what,
           e.n_articles
    from visit_events e
    union all
    select 'document', e.document_event_id, e.last_reported_at, e.status,
           replace(e.doc_type, '_', ' ')
               || case when len(e.party_names) > 0 then ' of ' || array_to_string(e.party_names, ', ') else '' end
               || coalesce(': ' || e.document_name, ''),
           e.n_articles
    from document_events e
)
select e.kind, e.event_id, strftime(timezone('UTC', e.last_reported_at), '%Y-%m-%d') as last_reported,
       a.published_at is not null as dated,
       e.status, e.what, e.n_articles, x.sentence, coalesce(a.source, '(unknown)') as source, a.title, a.url
from events e
join (select * from visit_evidence union all select * from document_evidence) x using (event_id)
join articles a on a.article_id = x.article_id
order by e.last_reported_at desc, e.kind, e.event_id
limit 20;
