-- Issue 16: where each batch's custody stands, as the command side decides from it (R08, R10, R19, R09). Kept by the
-- subscribing group batch-custody from BatchRegistered and the manifests' events in the command's own transaction,
-- so a manifest's step appends to the manifest only. A manifest line copies the batch's description from here.
-- Batches registered before this table existed are copied in from the batch view once, here: on an existing
-- installation the view has followed both the old per-batch custody events and the manifests' events. Quantities are
-- kept as the decimal text they were stated in (a manifest line copies 1250.5, not 1250.500).
create table batch_custody (
    batch_id         uuid           not null,
    producer_id      uuid           not null,
    status           varchar(20)    not null,
    manifest_id      uuid,
    rejected_on      uuid,
    label_id         varchar(37)    not null,
    edition          varchar(10)    not null,
    waste_code       varchar(10)    not null,
    waste_name       varchar(1000)  not null,
    quantity_value   varchar(40)    not null,
    quantity_unit    varchar(4)     not null,
    physical_form    varchar(20)    not null,
    packaging_type   varchar(20)    not null,
    packaging_count  integer        not null,
    hazards          varchar(20)    not null,
    generated_at     timestamp(6) with time zone not null,
    storage_limit_at timestamp(6) with time zone not null,
    accepted_by      uuid,
    accepted_value   varchar(40),
    accepted_unit    varchar(4),
    received_at      timestamp(6) with time zone,
    version          bigint         not null,
    primary key (batch_id)
);

insert into batch_custody (batch_id, producer_id, status, manifest_id, rejected_on, label_id, edition, waste_code,
                           waste_name, quantity_value, quantity_unit, physical_form, packaging_type, packaging_count,
                           hazards, generated_at, storage_limit_at, accepted_by, accepted_value, accepted_unit,
                           received_at, version)
select id, producer_id, status, manifest_id,
       case when status = 'ALLOCATED' then rejected_manifest_id end,
       label_id, edition, waste_code, waste_name, cast(quantity_value as varchar(40)), quantity_unit, physical_form,
       packaging_type, packaging_count, hazards, generated_at, storage_limit_at,
       case when status in ('RECEIVED', 'DISPOSED') then receiver_id end,
       case when status in ('RECEIVED', 'DISPOSED') then cast(accepted_value as varchar(40)) end,
       case when status in ('RECEIVED', 'DISPOSED') then accepted_unit end,
       case when status in ('RECEIVED', 'DISPOSED') then received_at end,
       0
from batch_view;
