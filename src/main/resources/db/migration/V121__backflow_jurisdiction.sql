-- Issue 17: an import takes only records of the importing regulator's jurisdiction (R21). The job keeps that
-- jurisdiction; where each enterprise is registered comes from the backflow's own lookup table, kept by a subscribing
-- handler on EnterpriseRegistered (the command side never reads the registry's view), filled here once.
alter table backflow_job add column jurisdiction varchar(12);

create table backflow_party_region (
    enterprise_id uuid       not null,
    region_code   varchar(6) not null,
    primary key (enterprise_id)
);

insert into backflow_party_region (enterprise_id, region_code)
select id, region_code from enterprise_view;
