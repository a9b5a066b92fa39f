-- Issue 16: drafting looks up its parties (existence, region, roles, name) in a table of its own, kept by a
-- subscribing handler on EnterpriseRegistered, instead of reading the registry's view. Enterprises registered
-- before this table existed are copied in from that view once, here.
create table manifest_party (
    enterprise_id uuid         not null,
    name          varchar(200) not null,
    region_code   varchar(6)   not null,
    roles         varchar(100) not null,
    primary key (enterprise_id)
);

insert into manifest_party (enterprise_id, name, region_code, roles)
select id, name, region_code, roles from enterprise_view;
