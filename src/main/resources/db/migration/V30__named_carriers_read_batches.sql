-- R21/R13: the carriers named on a submitted manifest read its batches and labels, because they scan them at pickup.
-- NAMED_CARRIER is longer than the relations batch_party held so far.
alter table batch_party alter column relation set data type varchar(20);

-- The carriers a manifest names for each of its batches, kept from drafting (batch-view) so that submission can open
-- the batches to them and a cancellation can close them again; submitted says whether it has done so.
create table batch_named_carrier (
    manifest_id uuid    not null,
    batch_id    uuid    not null,
    carrier_id  uuid    not null,
    submitted   boolean not null,
    primary key (manifest_id, batch_id, carrier_id)
);
create index ix_batch_named_carrier_pair on batch_named_carrier (batch_id, carrier_id);

-- Manifests drafted before this version: their carriers from the manifest view (a comma-separated list of ids).
insert into batch_named_carrier (manifest_id, batch_id, carrier_id, submitted)
select l.manifest_id, l.batch_id, e.id, m.status <> 'DRAFT'
from manifest_line_view l
join manifest_view m on m.id = l.manifest_id
join enterprise_view e on m.carrier_ids like concat('%', cast(e.id as varchar(36)), '%')
where m.status <> 'CANCELLED';

insert into batch_party (batch_id, party_id, relation, region_code)
select distinct n.batch_id, n.carrier_id, 'NAMED_CARRIER', cast(null as varchar(6))
from batch_named_carrier n
where n.submitted = true;
