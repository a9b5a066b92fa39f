-- Issue 18: point-to-point targeted-utilization exemptions (点对点定向利用豁免, R36-R38).

-- The exemption's command side looks up registered enterprises (region, roles) in a table of its own, kept by a
-- subscribing handler on EnterpriseRegistered; enterprises registered before it existed are copied in once, here.
create table exemption_party (
    enterprise_id uuid         not null,
    region_code   varchar(6)   not null,
    roles         varchar(100) not null,
    primary key (enterprise_id)
);

insert into exemption_party (enterprise_id, region_code, roles)
select id, region_code, roles from enterprise_view;

-- What each exemption covers, for drafting's question "is this line exempt" (R37); written with the exemption's events.
create table exemption_cover (
    exemption_id        uuid           not null,
    producer_id         uuid           not null,
    utilizer_id         uuid           not null,
    waste_code          varchar(10)    not null,
    method_code         varchar(10)    not null,
    quantity_cap_tonnes numeric(18, 3) not null,
    drawn_tonnes        numeric(18, 3) not null,
    valid_from          date           not null,
    valid_to            date           not null,
    revoked             boolean        not null,
    primary key (exemption_id)
);
create index ix_exemption_cover_line on exemption_cover (producer_id, utilizer_id, waste_code, method_code);

-- Exemptions as regulators, producers and utilizers read them.
create table exemption_view (
    id                  uuid           not null,
    producer_id         uuid           not null,
    producer_name       varchar(200)   not null,
    producer_region     varchar(6)     not null,
    utilizer_id         uuid           not null,
    utilizer_name       varchar(200)   not null,
    utilizer_region     varchar(6)     not null,
    waste_code          varchar(10)    not null,
    method_code         varchar(10)    not null,
    quantity_cap_tonnes numeric(18, 3) not null,
    drawn_tonnes        numeric(18, 3) not null,
    valid_from          date           not null,
    valid_to            date           not null,
    granted_at          timestamp(6) with time zone not null,
    revoked_at          timestamp(6) with time zone,
    revoke_reason       varchar(500),
    version             bigint         not null,
    primary key (id)
);
create index ix_exemption_view_producer_region on exemption_view (producer_region);
create index ix_exemption_view_utilizer_region on exemption_view (utilizer_region);
create index ix_exemption_view_producer on exemption_view (producer_id);
create index ix_exemption_view_utilizer on exemption_view (utilizer_id);

-- Each exemption's draws, overruns and refused draws, in the order they were stored.
create table exemption_draw_view (
    id           uuid           not null,
    exemption_id uuid           not null,
    seq          bigint         not null,
    kind         varchar(20)    not null,
    manifest_id  uuid,
    tonnes       numeric(18, 3),
    rule         varchar(10),
    reason       varchar(1000),
    recorded_at  timestamp(6) with time zone not null,
    primary key (id)
);
create index ix_exemption_draw_view_exemption on exemption_draw_view (exemption_id, seq);

-- The exemption alerts' own facts (R38), kept by their processor (exemption-alerts).
create table alert_exemption (
    exemption_id        uuid           not null,
    producer_id         uuid           not null,
    producer_name       varchar(200)   not null,
    producer_region     varchar(6)     not null,
    utilizer_id         uuid           not null,
    utilizer_name       varchar(200)   not null,
    utilizer_region     varchar(6)     not null,
    waste_code          varchar(10)    not null,
    quantity_cap_tonnes numeric(18, 3) not null,
    valid_to            date           not null,
    recorded_at         timestamp(6) with time zone not null,
    revoked             boolean        not null,
    end_warned          boolean        not null,
    primary key (exemption_id)
);
create index ix_alert_exemption_due on alert_exemption (end_warned, valid_to);
