-- Issue 18: the regulator's facts follow waste through splits and consolidations (R39-R41, R45). A batch made by a
-- repacking has a fact row of its own (repacked_on set, never generated: producer_id and producer_region name the
-- holder that made it, so flows show its hop from the holder); a batch that gave shares is marked, so the projection
-- looks for the batches made from it only when there are some. batch_fact_share is the lineage as the facts need it:
-- the tonnes each source gave to each new batch, from which the share of an origin batch in any later batch follows.
-- Repackings recorded before this version have no rows: replay the oversight processor to count them.
alter table batch_fact add column repacked_on date;
alter table batch_fact add column repacked_tonnes numeric(18, 6);
alter table batch_fact add column repack_loss_tonnes numeric(18, 6);
alter table batch_fact add column gave_shares boolean default false not null;
create table batch_fact_share (
    output_id     uuid           not null,
    source_id     uuid           not null,
    taken_tonnes  numeric(18, 6) not null,
    primary key (output_id, source_id)
);
create index batch_fact_share_source on batch_fact_share (source_id);
