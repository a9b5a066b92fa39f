-- Issue 16: a batch's custody follows from its manifests' events. The batches each manifest carries, kept by
-- batch-view from the drafted lines, because pickup, arrival and cancellation name only the manifest; the receiver
-- is kept for arrival, which does not name it. Read by batch too: the manifests a batch was on, for its custody chain.
create table batch_trip (
    manifest_id uuid not null,
    batch_id    uuid not null,
    receiver_id uuid not null,
    drafted_at  timestamp(6) with time zone not null,
    primary key (manifest_id, batch_id)
);
create index ix_batch_trip_batch on batch_trip (batch_id, drafted_at);

-- Manifests drafted before this version, from the manifest view (drafted_at is the draft's recording time there too).
insert into batch_trip (manifest_id, batch_id, receiver_id, drafted_at)
select l.manifest_id, l.batch_id, m.receiver_id, m.drafted_at
from manifest_line_view l
join manifest_view m on m.id = l.manifest_id;
