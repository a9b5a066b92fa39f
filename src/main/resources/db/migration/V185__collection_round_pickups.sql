-- Issue 18: the stops follow the trip. The round's command side keeps its own lookup of its stops (R43): a manifest
-- is a stop of one round at a time until that round is completed, and the completion records which stops were
-- picked up, in the order of pickup, read here. Kept by a subscribing handler on the round's and the manifests'
-- events; the stops of rounds not completed yet are copied in once from the round's view and the manifests' view
-- (both kept in the same transactions as the events, so they hold every stop and every pickup).
create table collection_round_stop_lookup (
    round_id     uuid not null,
    manifest_id  uuid not null,
    picked_up_at timestamp(6) with time zone,
    primary key (round_id, manifest_id)
);
create index ix_collection_round_stop_lookup_manifest on collection_round_stop_lookup (manifest_id);

insert into collection_round_stop_lookup (round_id, manifest_id, picked_up_at)
select s.round_id, s.manifest_id, m.picked_up_at
from collection_round_stop_view s
join collection_round_view r on r.id = s.round_id
left join manifest_view m on m.id = s.manifest_id
where r.status <> 'COMPLETED';

-- A stop its round came back without: released, its manifest's later pickup (on another round) is not this round's.
alter table collection_round_stop_view add column not_collected boolean default false not null;
