-- Licences as issued (issue 12): one row per licence line, replacing the single scope and method list.
create table licence_line_view (
    licence_id             uuid           not null,
    line_no                integer        not null,
    scope                  varchar(16)    not null,
    excluded_codes         varchar(4000)  not null,
    methods                varchar(500)   not null,
    annual_capacity_tonnes numeric(15, 3),
    primary key (licence_id, line_no),
    constraint fk_licence_line_view_licence foreign key (licence_id) references licence_view (id)
);
