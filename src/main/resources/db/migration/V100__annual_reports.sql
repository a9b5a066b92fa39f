-- What the licence holder's annual report (R33) is computed from, kept by projections of the oversight processor
-- (pooled, streaming, replayable: their reset handler empties these tables) from three events only: the batch's
-- registration (its waste code), the receipt's lines (ManifestReceived: accepted mass and method per batch) and the
-- disposal (BatchDisposed). The three are joined when a report is computed, so the segments may apply them in any
-- order. Days are business days in Asia/Shanghai; tonnes keep six decimals, answers round to three.
create table report_batch (
    batch_id       uuid        not null,
    producer_id    uuid        not null,
    waste_code     varchar(10) not null,
    waste_category varchar(4)  not null,
    primary key (batch_id)
);

-- One row per accepted (whole or part) receipt line with a mass; a rejected line is not received.
create table report_receipt_line (
    manifest_id     uuid           not null,
    batch_id        uuid           not null,
    receiver_id     uuid           not null,
    received_at     timestamp(6) with time zone not null,
    received_on     date           not null,
    accepted_tonnes numeric(18, 6) not null,
    method_code     varchar(10),
    primary key (manifest_id, batch_id)
);
create index ix_report_receipt_line_receiver on report_receipt_line (receiver_id, received_on);
create index ix_report_receipt_line_batch on report_receipt_line (batch_id);

-- The utilization or disposal that closed a batch, by the receiver that recorded it.
create table report_disposal (
    batch_id     uuid           not null,
    receiver_id  uuid           not null,
    method_code  varchar(10)    not null,
    method_kind  varchar(20)    not null,
    disposed_on  date           not null,
    tonnes       numeric(18, 6),
    primary key (batch_id)
);
create index ix_report_disposal_receiver on report_disposal (receiver_id, disposed_on);

-- Annual reports as holders and regulators read them (projection annual-report-view, subscribing): the latest
-- version with its figures as submitted (JSON of ReportFigures); every version stays in the report's event stream.
create table annual_report_view (
    report_id        uuid          not null,
    holder_id        uuid          not null,
    holder_name      varchar(200)  not null,
    holder_region    varchar(6)    not null,
    report_year      integer       not null,
    status           varchar(16)   not null,
    report_version   integer       not null,
    figures          varchar(200000) not null,
    submitted_at     timestamp(6) with time zone not null,
    due_on           date          not null,
    late             boolean       not null,
    acknowledged_at  timestamp(6) with time zone,
    returned_at      timestamp(6) with time zone,
    return_reasons   varchar(4000),
    stream_version   bigint        not null,
    primary key (report_id)
);
create index ix_annual_report_view_region on annual_report_view (holder_region, report_year);
