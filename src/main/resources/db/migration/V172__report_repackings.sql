-- Issue 18: the annual report follows splits and consolidations (R39-R41, R45). A batch made by a repacking gets
-- its report_batch row (producer_id is the holder that made it), so the facility that receives and treats it reports
-- it; report_repack keeps each new batch made at a holder and report_repack_share the tonnes each source gave, so
-- the holder's storage at a day end counts what repackings took out and the new batches it still holds (net: only
-- the loss leaves). declared_tonnes (what the batch was declared or made with) tells the part a partial receipt did
-- not accept, which a repacking takes first (R39). Repackings recorded before this version: replay the oversight
-- processor to count them.
alter table report_batch add column declared_tonnes numeric(18, 6);
update report_batch set declared_tonnes = (select f.generated_tonnes from batch_fact f
                                           where f.batch_id = report_batch.batch_id);
create table report_repack (
    batch_id     uuid           not null,
    holder_id    uuid           not null,
    repacked_on  date           not null,
    tonnes       numeric(18, 6) not null,
    primary key (batch_id)
);
create index ix_report_repack_holder on report_repack (holder_id, repacked_on);
create table report_repack_share (
    output_id    uuid           not null,
    source_id    uuid           not null,
    holder_id    uuid           not null,
    repacked_on  date           not null,
    taken_tonnes numeric(18, 6) not null,
    primary key (output_id, source_id)
);
create index ix_report_repack_share_holder on report_repack_share (holder_id, repacked_on);
