-- Ledgers (管理台账, HJ 1259-2022) and registers, projected from events by the oversight processor. One row per
-- movement of a batch in one enterprise's ledger, keyed by batch, movement, manifest and enterprise: a redelivered
-- event finds its row there and adds nothing. No name is stored: the person responsible is a reference (an account
-- id or a personal-data reference), resolved by whoever may read it.
create table ledger_line (
    line_key         varchar(160)                not null,
    enterprise_id    uuid                        not null,
    movement         varchar(20)                 not null,
    batch_id         uuid                        not null,
    label_id         varchar(64),
    manifest_id      uuid,
    manifest_number  varchar(20),
    waste_code       varchar(12)                 not null,
    quantity_value   numeric(19, 4)              not null,
    quantity_unit    varchar(4)                  not null,
    tonnes           numeric(19, 7),
    packaging_type   varchar(20),
    containers       integer,
    storage_location varchar(200),
    method_code      varchar(10),
    counterparty_id  uuid,
    occurred_at      timestamp(6) with time zone not null,
    occurred_on      date                        not null,
    responsible_ref  varchar(64),
    primary key (line_key)
);
create index ledger_line_enterprise on ledger_line (enterprise_id, occurred_on, line_key);

-- What the ledger needs to remember of a batch and of a manifest between their own events (same stream, in order).
create table ledger_batch (
    batch_id    uuid        not null,
    producer_id uuid        not null,
    label_id    varchar(64),
    waste_code  varchar(12) not null,
    primary key (batch_id)
);

create table ledger_manifest (
    manifest_id uuid not null,
    consignor_id uuid not null,
    receiver_id  uuid not null,
    -- A RETURN or REDIRECT carries waste its consignor refused and never took into storage.
    kind         varchar(10) not null,
    number       varchar(20),
    primary key (manifest_id)
);

create table ledger_manifest_line (
    manifest_id    uuid           not null,
    batch_id       uuid           not null,
    label_id       varchar(64),
    waste_code     varchar(12)    not null,
    quantity_value numeric(19, 4) not null,
    quantity_unit  varchar(4)     not null,
    packaging_type varchar(20),
    containers     integer,
    primary key (manifest_id, batch_id)
);

-- Export jobs (operational data, not history): the file is written on the node that runs the job.
create table ledger_export_job (
    id            uuid                        not null,
    enterprise_id uuid                        not null,
    format        varchar(8)                  not null,
    register_kind varchar(20),
    state         varchar(20)                 not null,
    total         bigint                      not null,
    written       bigint                      not null,
    file_path     varchar(500),
    requested_by  varchar(64)                 not null,
    started_at    timestamp(6) with time zone not null,
    finished_at   timestamp(6) with time zone,
    primary key (id)
);
