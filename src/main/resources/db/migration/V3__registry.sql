-- Personal data of contact persons and drivers: outside the event store, erasable (events hold only the id).
create table personal_data (
    id        uuid         not null,
    full_name varchar(100),
    phone     varchar(20),
    email     varchar(200),
    erased_at timestamp(6) with time zone,
    primary key (id)
);

-- Command-side uniqueness (credit codes, licence and permit numbers, plates), written with the events that claim them.
create table claimed_identifier (
    kind        varchar(30)  not null,
    claim_value varchar(100) not null,
    owner_id    uuid         not null,
    primary key (kind, claim_value)
);

-- The registry as parties read it.
create table enterprise_view (
    id            uuid         not null,
    credit_code   varchar(18)  not null,
    name          varchar(200) not null,
    region_code   varchar(6)   not null,
    address       varchar(500) not null,
    contact_ref   uuid,
    roles         varchar(100) not null,
    registered_at timestamp(6) with time zone not null,
    version       bigint       not null,
    primary key (id),
    constraint uk_enterprise_view_credit_code unique (credit_code)
);
create index ix_enterprise_view_region on enterprise_view (region_code);

create table licence_view (
    id                     uuid           not null,
    enterprise_id          uuid           not null,
    number                 varchar(64)    not null,
    mode                   varchar(20)    not null,
    categories             varchar(1000)  not null,
    codes                  varchar(4000)  not null,
    excluded_codes         varchar(4000)  not null,
    methods                varchar(500)   not null,
    annual_capacity_tonnes numeric(15, 3) not null,
    valid_from             date           not null,
    valid_to               date           not null,
    status                 varchar(20)    not null,
    status_reason          varchar(500),
    primary key (id)
);
create index ix_licence_view_enterprise on licence_view (enterprise_id);

create table permit_view (
    id            uuid        not null,
    enterprise_id uuid        not null,
    number        varchar(64) not null,
    valid_from    date        not null,
    valid_to      date        not null,
    primary key (id)
);
create index ix_permit_view_enterprise on permit_view (enterprise_id);

create table vehicle_view (
    plate               varchar(20) not null,
    enterprise_id       uuid        not null,
    operating_permit_no varchar(64) not null,
    primary key (plate)
);
create index ix_vehicle_view_enterprise on vehicle_view (enterprise_id);
