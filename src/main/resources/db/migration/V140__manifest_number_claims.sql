-- Issue 17: manifest numbers (R11) are claimed in the command side's uniqueness table when a manifest is submitted,
-- natively or by an import, so an import refuses a number another manifest holds; the numbers given before are
-- copied in here once. The serial counters move past every number already held, imported ones included, so native
-- numbering never hands one out again.
insert into claimed_identifier (kind, claim_value, owner_id)
select 'MANIFEST_NUMBER', number, id from manifest_view where number is not null;

insert into manifest_serial (origin_city, serial_year, last_serial)
select substring(number, 5, 4), cast(substring(number, 1, 4) as integer), 0 from manifest_view
where number is not null and length(number) = 14
  and not exists (select 1 from manifest_serial s where s.origin_city = substring(number, 5, 4)
                  and s.serial_year = cast(substring(number, 1, 4) as integer))
group by substring(number, 5, 4), cast(substring(number, 1, 4) as integer);

update manifest_serial set last_serial = (
    select max(cast(substring(v.number, 9, 6) as integer)) from manifest_view v
    where v.number is not null and length(v.number) = 14 and substring(v.number, 5, 4) = manifest_serial.origin_city
      and cast(substring(v.number, 1, 4) as integer) = manifest_serial.serial_year)
where last_serial < (
    select max(cast(substring(v.number, 9, 6) as integer)) from manifest_view v
    where v.number is not null and length(v.number) = 14 and substring(v.number, 5, 4) = manifest_serial.origin_city
      and cast(substring(v.number, 1, 4) as integer) = manifest_serial.serial_year);
