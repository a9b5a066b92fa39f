-- Issue 16: drafting a follow-on manifest looks the previous manifest up (its consignor, R18; where its rejected
-- waste waits) in a table of its own, kept by a subscribing handler on ManifestDrafted, instead of reading the
-- manifests' view. Manifests drafted before this table existed are copied in from that view once, here (it is
-- kept in the same transactions as the events, so it holds every drafted manifest).
create table manifest_trip (
    manifest_id        uuid       not null,
    consignor_id       uuid       not null,
    destination_region varchar(6) not null,
    primary key (manifest_id)
);

insert into manifest_trip (manifest_id, consignor_id, destination_region)
select id, consignor_id, destination_region from manifest_view;
