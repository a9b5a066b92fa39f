-- Issue 16: whether a repacking made a batch or took a share of it (R39-R41), so that its view reads the lineage only
-- then (most batches have none, and every read of one asked). Kept by the batch view from BatchRepacked; the view is
-- never replayed, so the upgrade takes it from the lineage already recorded.
alter table batch_view add column in_lineage boolean not null default false;
update batch_view set in_lineage = true
    where id in (select source_id from batch_lineage) or id in (select output_id from batch_lineage);
