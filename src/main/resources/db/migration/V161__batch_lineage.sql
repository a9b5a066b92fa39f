-- Issue 18: which new batches took shares of a batch (R39-R41), so that the chain of custody of a source finds them;
-- kept by the batch view's group from BatchRepacked.
create table batch_lineage (
    source_id    uuid        not null,
    output_id    uuid        not null,
    primary key (source_id, output_id)
);
