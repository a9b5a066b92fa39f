-- Fills the rollups of V60 from the batch facts already stored, so an existing installation answers at once and
-- without replaying oversight-facts: batch_fact is exactly what that processor's token has applied, so sums over it
-- are the rollups the projection would have written (FactsProjection adds the same per-batch contributions as they
-- change; IndicatorRollupsPropertyTest runs this script against facts it built and compares). Plain SQL that H2
-- (PostgreSQL mode) and PostgreSQL both run.
insert into indicator_rollup (indicator_view, region_prefix, waste_category, grain, period_start,
                              entered_batches, entered_tonnes, entered_without_mass, left_batches, left_tonnes,
                              left_without_mass, received_tonnes, utilized_tonnes, incinerated_tonnes,
                              co_processed_tonnes, landfilled_tonnes, other_disposal_tonnes)
select indicator_view, region_prefix, waste_category, grain, period_start,
       sum(eb), sum(et), sum(ewm), sum(lb), sum(lt), sum(lwm), sum(rt), sum(ut), sum(it), sum(ct), sum(ft), sum(ot)
from (
    select c.indicator_view,
           case when l.len = 6 then c.region else substring(c.region, 1, l.len) end as region_prefix,
           c.waste_category,
           g.grain,
           case g.grain when 'Y' then cast(date_trunc('year', c.on_day) as date)
                        when 'M' then cast(date_trunc('month', c.on_day) as date)
                        else c.on_day end as period_start,
           c.eb, c.et, c.ewm, c.lb, c.lt, c.lwm, c.rt, c.ut, c.it, c.ct, c.ft, c.ot
    from (
        -- entry into the view's stock: generated (origin) or accepted (facility)
        select v.indicator_view, v.region, f.waste_category, v.entered_on as on_day,
               1 as eb, coalesce(v.tonnes, 0) as et, case when v.tonnes is null then 1 else 0 end as ewm,
               0 as lb, 0 as lt, 0 as lwm, 0 as rt, 0 as ut, 0 as it, 0 as ct, 0 as ft, 0 as ot
        from batch_fact f
        join (select 'ORIGIN' as indicator_view, batch_id, producer_region as region, generated_on as entered_on,
                     generated_tonnes as tonnes from batch_fact
              union all
              select 'FACILITY', batch_id, receiver_region, received_on, accepted_tonnes from batch_fact) v
          on v.batch_id = f.batch_id
        where v.region is not null and v.entered_on is not null
        union all
        -- exit on final treatment, with the treated tonnes by method kind (batches with mass only)
        select v.indicator_view, v.region, f.waste_category, f.disposed_on,
               0, 0, 0,
               1, coalesce(v.tonnes, 0), case when v.tonnes is null then 1 else 0 end, 0,
               case when v.tonnes is not null and f.method_kind = 'UTILIZATION' then coalesce(f.disposed_tonnes, 0) else 0 end,
               case when v.tonnes is not null and f.method_kind = 'INCINERATION' then coalesce(f.disposed_tonnes, 0) else 0 end,
               case when v.tonnes is not null and f.method_kind = 'CO_PROCESSING' then coalesce(f.disposed_tonnes, 0) else 0 end,
               case when v.tonnes is not null and f.method_kind = 'LANDFILL' then coalesce(f.disposed_tonnes, 0) else 0 end,
               case when v.tonnes is not null and f.method_kind = 'OTHER_DISPOSAL' then coalesce(f.disposed_tonnes, 0) else 0 end
        from batch_fact f
        join (select 'ORIGIN' as indicator_view, batch_id, producer_region as region, generated_on as entered_on,
                     generated_tonnes as tonnes from batch_fact
              union all
              select 'FACILITY', batch_id, receiver_region, received_on, accepted_tonnes from batch_fact) v
          on v.batch_id = f.batch_id
        where v.region is not null and v.entered_on is not null and f.disposed_on is not null
          and f.method_kind is not null and f.method_kind <> 'STORAGE_COLLECTION'
        union all
        -- accepted tonnes on the day of receipt (batches with mass in the view only)
        select v.indicator_view, v.region, f.waste_category, f.received_on,
               0, 0, 0, 0, 0, 0, f.accepted_tonnes, 0, 0, 0, 0, 0
        from batch_fact f
        join (select 'ORIGIN' as indicator_view, batch_id, producer_region as region, generated_on as entered_on,
                     generated_tonnes as tonnes from batch_fact
              union all
              select 'FACILITY', batch_id, receiver_region, received_on, accepted_tonnes from batch_fact) v
          on v.batch_id = f.batch_id
        where v.region is not null and v.entered_on is not null and v.tonnes is not null
          and f.received_on is not null and f.accepted_tonnes is not null
    ) c
    cross join (select 2 as len union all select 4 union all select 6) l
    cross join (select 'Y' as grain union all select 'M' union all select 'D') g
    where c.region <> '' and (l.len = 6 or length(c.region) > l.len)
) r
group by indicator_view, region_prefix, waste_category, grain, period_start;

insert into producer_year_rollup (region_prefix, generated_year, producer_id, generated_tonnes, batches_without_mass)
select region_prefix, generated_year, producer_id, sum(tonnes), sum(without_mass)
from (
    select case when l.len = 6 then f.producer_region else substring(f.producer_region, 1, l.len) end as region_prefix,
           cast(extract(year from f.generated_on) as integer) as generated_year,
           f.producer_id,
           coalesce(f.generated_tonnes, 0) as tonnes,
           case when f.generated_tonnes is null then 1 else 0 end as without_mass
    from batch_fact f
    cross join (select 2 as len union all select 4 union all select 6) l
    where f.producer_region <> '' and (l.len = 6 or length(f.producer_region) > l.len)
) p
group by region_prefix, generated_year, producer_id;
