-- Every fact shows its evidence: the sentence, read back from the article by its span
-- (0-based start, exclusive end), next to the sentence stored with the fact.
select 'visit' as fact, v.article_id, a.title,
       substr(a.text, v.sentence_start + 1, v.sentence_end - v.sentence_start) as evidence,
       evidence = v.sentence as matches_stored_sentence
from visits v join articles a using (article_id)
union all
select 'document', d.article_id, a.title,
       substr(a.text, d.sentence_start + 1, d.sentence_end - d.sentence_start),
       substr(a.text, d.sentence_start + 1, d.sentence_end - d.sentence_start) = d.sentence
from documents d join articles a using (article_id)
union all
select 'trade/energy: ' || m.category, m.article_id, a.title,
       substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start),
       substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) = m.sentence
from trade_energy_mentions m join articles a using (article_id)
order by fact, article_id;
