-- Issue 17: a label imported as issued elsewhere may be ahead of its counter (R07); move every counter past the label
-- ids already registered under it, so native registration never hands one of them out again. A label id is the
-- credit code (18), the compact waste code (8), the day (yyyyMMdd) and the sequence (3).
insert into label_sequence (producer_id, waste_code, label_day, last_value)
select distinct d.producer_id, d.waste_code, d.label_day, 0
from (select c.producer_id, c.waste_code,
             cast(substring(c.label_id, 27, 4) || '-' || substring(c.label_id, 31, 2) || '-'
                  || substring(c.label_id, 33, 2) as date) as label_day
      from batch_custody c where length(c.label_id) = 37) d
where not exists (select 1 from label_sequence s where s.producer_id = d.producer_id and s.waste_code = d.waste_code
                  and s.label_day = d.label_day);

update label_sequence set last_value = (
    select max(cast(substring(c.label_id, 35, 3) as integer)) from batch_custody c
    where length(c.label_id) = 37 and c.producer_id = label_sequence.producer_id
      and c.waste_code = label_sequence.waste_code
      and substring(c.label_id, 27, 8) = replace(cast(label_sequence.label_day as varchar(10)), '-', ''))
where last_value < (
    select max(cast(substring(c.label_id, 35, 3) as integer)) from batch_custody c
    where length(c.label_id) = 37 and c.producer_id = label_sequence.producer_id
      and c.waste_code = label_sequence.waste_code
      and substring(c.label_id, 27, 8) = replace(cast(label_sequence.label_day as varchar(10)), '-', ''));
