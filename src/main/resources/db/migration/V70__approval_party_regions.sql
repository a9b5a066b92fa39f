-- Issue 16: the approval's command side looks up where its parties are in a table of its own (R14, cross-province),
-- kept by a subscribing handler on EnterpriseRegistered, instead of reading the registry's view. Enterprises
-- registered before this table existed are copied in from that view once, here.
create table approval_party_region (
    enterprise_id uuid       not null,
    region_code   varchar(6) not null,
    primary key (enterprise_id)
);

insert into approval_party_region (enterprise_id, region_code)
select id, region_code from enterprise_view;
