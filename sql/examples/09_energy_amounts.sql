-- Trade and energy mentions that state an amount, with the sentence that says it.
select m.category, m.commodity, m.amount_value, m.amount_unit, m.amount_text, m.sentence
from trade_energy_mentions m
where m.amount_value is not null
order by m.category, m.commodity, m.amount_value desc;
