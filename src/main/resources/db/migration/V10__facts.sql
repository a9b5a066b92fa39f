-- Facts per batch for the regulator's plan indicators, flows and key supervised units (projection oversight-facts:
-- pooled, streaming, replayable; its reset handler empties the table). Days are business days in Asia/Shanghai.
-- Tonnes keep six decimals so that kilograms with three decimals add up exactly; answers round to three.
-- generated_tonnes is null when the batch was declared as a volume (L, m3): no mass, left out of tonnage sums.
create table batch_fact (
    batch_id         uuid           not null,
    producer_id      uuid           not null,
    producer_region  varchar(6),
    waste_category   varchar(4)     not null,
    waste_code       varchar(10)    not null,
    generated_at     timestamp(6) with time zone not null,
    generated_on     date           not null,
    generated_tonnes numeric(18, 6),
    declared_unit    varchar(4)     not null,
    received_at      timestamp(6) with time zone,
    received_on      date,
    receiver_id      uuid,
    receiver_region  varchar(6),
    accepted_tonnes  numeric(18, 6),
    disposed_on      date,
    disposed_tonnes  numeric(18, 6),
    method_code      varchar(10),
    method_kind      varchar(20),
    last_sequence    bigint         not null,
    primary key (batch_id)
);
create index ix_batch_fact_producer_region on batch_fact (producer_region, generated_on);
create index ix_batch_fact_receiver_region on batch_fact (receiver_region, received_on);
create index ix_batch_fact_producer on batch_fact (producer_id, generated_on);
