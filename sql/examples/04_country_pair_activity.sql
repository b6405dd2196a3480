-- China and Russia, month by month: visits, documents and trade/energy/sanctions mentions.
select country_a_name, country_b_name, month, visits, documents, trade_mentions, energy_mentions,
       sanctions_mentions
from country_pair_activity_monthly
where country_a_iso3 = 'CHN' and country_b_iso3 = 'RUS'
order by month;
