-- Issue 18: the batch view shows its lineage (R39-R41): a source the batches its shares went into, a new batch its
-- sources, each with its label id and the mass taken; and a source taken in part what its holder still holds.
-- Kept by the batch view's group from BatchRepacked. Rows written before this migration have no label or mass
-- (the view then shows the batch id alone); the chain of custody reads them from the events in any case.
alter table batch_lineage add column source_label varchar(40);
alter table batch_lineage add column output_label varchar(40);
alter table batch_lineage add column taken_value numeric(18, 3);
alter table batch_lineage add column taken_unit varchar(4);
alter table batch_lineage add column repacked_at timestamp with time zone;
create index ix_batch_lineage_output on batch_lineage (output_id);

alter table batch_view add column partly_accepted boolean default false not null;
alter table batch_view add column remaining_value numeric(18, 3);
alter table batch_view add column remaining_unit varchar(4);
