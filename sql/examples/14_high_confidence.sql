-- Facts an analyst can count on: rows whose rule reached at least 0.9 precision on the
-- development set and the fresh annotations (see README "Quality" for how that figure holds on real text).
select 'visits' as fact_table, rule, count(*) as rows, round(min(confidence), 3) as confidence
from visits where confidence >= 0.9 group by all
union all
select 'documents', rule, count(*), round(min(confidence), 3)
from documents where confidence >= 0.9 group by all
union all
select 'trade_energy_mentions', rule, count(*), round(min(confidence), 3)
from trade_energy_mentions where confidence >= 0.9 group by all
order by fact_table, rows desc;
