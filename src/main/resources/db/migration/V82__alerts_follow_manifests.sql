-- Issue 16: the batch alerts (storage overdue R09, discrepancy R17) follow a batch's custody from its manifests'
-- events. A manifest's pickup names no batch, so the oversight processor keeps which batches each manifest carries
-- (from ManifestDrafted; lines never change, R20). An installation fills it from the manifest view, which is kept in
-- the command's transaction and so holds at least every manifest the processor has met; the processor adds the
-- others as it meets their drafts (insert unless present). A replay empties and rebuilds it.
create table oversight_manifest_batch (
    manifest_id uuid not null,
    batch_id    uuid not null,
    primary key (manifest_id, batch_id)
);
insert into oversight_manifest_batch (manifest_id, batch_id)
select distinct manifest_id, batch_id from manifest_line_view;

-- The steps that close a batch's alerts (pickup, receipt, disposal), by the global position of their event: the
-- processor's segments may handle a batch's own events and its manifests' in any order, so an alert is closed by
-- the first step after the event that opened it (source_position), whichever was handled first. Steps before the
-- upgrade are not needed: the alerts they closed are closed, and an alert without a source position (opened before
-- the upgrade) counts as opened before every step to come.
create table oversight_custody_step (
    batch_id       uuid        not null,
    event_position bigint      not null,
    step           varchar(10) not null,
    manifest_id    uuid,
    step_at        timestamp(6) with time zone not null,
    primary key (batch_id, event_position)
);
alter table oversight_alert add column source_position bigint;
