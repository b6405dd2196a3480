-- Every fact shows its evidence: the sentence, read back from the article by its span.
select 'visit' as fact, v.article_id, substr(a.text, v.sentence_start + 1, v.sentence_end - v.sentence_start) as evidence
from visits v join articles a using (article_id)
union all
select 'document', d.article_id, substr(a.text, d.sentence_start + 1, d.sentence_end - d.sentence_start)
from documents d join articles a using (article_id)
order by fact, article_id;
