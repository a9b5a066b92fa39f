-- Indexes for the reads that had none (the same SQL for H2 and PostgreSQL). Each names the query it serves.

-- Every aggregate load (each command, each custody chain read) first asks Axon's snapshot table for the stream's
-- latest snapshot: "where aggregate_identifier = ? order by sequence_number desc". The primary key starts with
-- sequence_number and cannot answer that, so without this index each load scans the whole snapshot table.
create index ix_snapshot_event_aggregate on snapshot_event_entry (aggregate_identifier, sequence_number);

-- GET /api/v1/manifests (ManifestRepository.search): newest first, "order by drafted_at desc, id", one page at a
-- time; without a filter that matches an index (administrators, regulators of a province) the page is read from
-- this index instead of sorting every manifest.
create index ix_manifest_view_drafted on manifest_view (drafted_at desc, id);

-- GET /api/v1/batches (BatchRepository.search): newest first, "order by generated_at desc, id", paged the same way.
create index ix_batch_view_generated on batch_view (generated_at desc, id);

-- GET /api/v1/approvals (ApprovalRepository.findInRegion, findForParty): "order by valid_from desc, number".
create index ix_approval_view_valid_from on approval_view (valid_from desc, number);

-- Axon's token store looks segments up by processor ("where processor_name = ? order by segment") several times a
-- second per pooled processor; the primary key starts with segment.
create index ix_token_entry_processor on token_entry (processor_name, segment);
