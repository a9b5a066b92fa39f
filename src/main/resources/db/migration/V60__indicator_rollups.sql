-- Rollups of the batch facts (projection oversight-facts, same transaction as the facts and the token; its reset
-- handler empties them): the indicators and key units read a few of these rows instead of scanning batch_fact.
-- indicator_rollup: per view (ORIGIN: producer's region, generation day; FACILITY: receiver's region, receipt day),
-- region prefix (province "36", city "3602", county "360203": each batch counts under all three), waste category,
-- and period: grain D (a day), M (a month) or Y (a year) starting on period_start. A batch enters the view's stock on
-- its entry day and leaves it on the day it is utilized or disposed of; treated and received tonnes fall on their
-- days. Tonnes keep the facts' six decimals.
create table indicator_rollup (
    indicator_view        varchar(8)     not null,
    region_prefix         varchar(6)     not null,
    waste_category        varchar(4)     not null,
    grain                 varchar(1)     not null,
    period_start          date           not null,
    entered_batches       bigint         default 0 not null,
    entered_tonnes        numeric(24, 6) default 0 not null,
    entered_without_mass  bigint         default 0 not null,
    left_batches          bigint         default 0 not null,
    left_tonnes           numeric(24, 6) default 0 not null,
    left_without_mass     bigint         default 0 not null,
    received_tonnes       numeric(24, 6) default 0 not null,
    utilized_tonnes       numeric(24, 6) default 0 not null,
    incinerated_tonnes    numeric(24, 6) default 0 not null,
    co_processed_tonnes   numeric(24, 6) default 0 not null,
    landfilled_tonnes     numeric(24, 6) default 0 not null,
    other_disposal_tonnes numeric(24, 6) default 0 not null,
    primary key (indicator_view, region_prefix, grain, period_start, waste_category)
);

-- Declared tonnes generated per producer and calendar year (Asia/Shanghai days), under each prefix of the producer's
-- region; batches declared as a volume are only counted.
create table producer_year_rollup (
    region_prefix        varchar(6)     not null,
    generated_year       integer        not null,
    producer_id          uuid           not null,
    generated_tonnes     numeric(24, 6) default 0 not null,
    batches_without_mass bigint         default 0 not null,
    primary key (region_prefix, generated_year, producer_id)
);

-- One row that the writers of the rollups lock before they write (FactsProjection's segments, in their commit): on
-- H2, an "insert ... on conflict do nothing" does not wait for another transaction's uncommitted insert of the same
-- row, and the increment that follows would miss it; one writer at a time keeps every increment.
create table indicator_rollup_lock (
    id integer not null,
    primary key (id)
);
insert into indicator_rollup_lock (id) values (1);
