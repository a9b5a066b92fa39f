-- R21: an enterprise's manifest list reads its own rows, newest first, instead of every manifest of the city (the
-- carriers were a LIKE on a comma-separated list, so no index could serve a party's list). One row per manifest and
-- enterprise, with the capacities the enterprise holds in it and the manifest's drafting time to order by.
create table party_manifest (
    enterprise_id uuid    not null,
    manifest_id   uuid    not null,
    consignor     boolean not null,
    carrier       boolean not null,
    receiver      boolean not null,
    drafted_at    timestamp(6) with time zone not null,
    primary key (enterprise_id, manifest_id)
);
create index ix_party_manifest_newest on party_manifest (enterprise_id, drafted_at desc, manifest_id);

-- Manifests drafted before this version. carrier_ids holds up to ten ids of 36 characters, separated by commas, so
-- the k-th carrier starts at 1 + 37 * k.
insert into party_manifest (enterprise_id, manifest_id, consignor, carrier, receiver, drafted_at)
with recursive position (k) as (
    select 0
    union all
    select k + 1 from position where k < 9
), capacity (enterprise_id, manifest_id, held) as (
    select consignor_id, id, 1 from manifest_view
    union all
    select cast(substring(m.carrier_ids from 1 + 37 * p.k for 36) as uuid), m.id, 2
    from manifest_view m join position p on 37 * p.k < char_length(m.carrier_ids)
    union all
    select receiver_id, id, 3 from manifest_view
)
select c.enterprise_id, c.manifest_id, max(case when c.held = 1 then 1 else 0 end) = 1,
       max(case when c.held = 2 then 1 else 0 end) = 1, max(case when c.held = 3 then 1 else 0 end) = 1, m.drafted_at
from capacity c join manifest_view m on m.id = c.manifest_id
group by c.enterprise_id, c.manifest_id, m.drafted_at;
