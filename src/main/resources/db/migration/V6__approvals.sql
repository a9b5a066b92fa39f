-- Cross-province transfer approvals as regulators and parties read them (R14); the history is the event stream.
create table approval_view (
    id                  uuid           not null,
    number              varchar(64)    not null,
    consignor_id        uuid           not null,
    consignor_name      varchar(200)   not null,
    consignor_region    varchar(6)     not null,
    receiver_id         uuid           not null,
    receiver_name       varchar(200)   not null,
    receiver_region     varchar(6)     not null,
    waste_codes         varchar(1000)  not null,
    method_code         varchar(10)    not null,
    quantity_cap_tonnes numeric(18, 3) not null,
    drawn_tonnes        numeric(18, 3) not null,
    valid_from          date           not null,
    valid_to            date           not null,
    recorded_at         timestamp(6) with time zone not null,
    version             bigint         not null,
    primary key (id),
    constraint uk_approval_view_number unique (number)
);
create index ix_approval_view_consignor_region on approval_view (consignor_region);
create index ix_approval_view_receiver_region on approval_view (receiver_region);
create index ix_approval_view_consignor on approval_view (consignor_id);
create index ix_approval_view_receiver on approval_view (receiver_id);
