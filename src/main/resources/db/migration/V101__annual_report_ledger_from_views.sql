-- Fills the tables of V100 from what an existing installation already holds, so that its annual reports cover the
-- past without replaying the oversight processor (whose token has passed those events): the batches and disposals
-- from the batch facts that processor keeps, the accepted receipt lines from the manifests' read model (written in
-- the receipt's own transaction). Receipt days are taken in Asia/Shanghai, the default zone; an installation
-- configured with another haztrail.zone replays the oversight processor instead. Plain SQL for H2 and PostgreSQL.
insert into report_batch (batch_id, producer_id, waste_code, waste_category)
select batch_id, producer_id, waste_code, waste_category from batch_fact;

insert into report_disposal (batch_id, receiver_id, method_code, method_kind, disposed_on, tonnes)
select batch_id, receiver_id, method_code, method_kind, disposed_on, disposed_tonnes from batch_fact
where receiver_id is not null and method_code is not null and method_kind is not null and disposed_on is not null;

insert into report_receipt_line (manifest_id, batch_id, receiver_id, received_at, received_on, accepted_tonnes,
                                 method_code)
select l.manifest_id, l.batch_id, m.receiver_id, m.received_at,
       -- the local date's text: casting the zoned value to a date directly gives UTC's day on H2
       cast(substring(cast((m.received_at at time zone 'Asia/Shanghai') as varchar(40)), 1, 10) as date),
       case when l.accepted_unit = 'KG' then l.accepted_value / 1000 else l.accepted_value end,
       l.method_code
from manifest_line_view l
join manifest_view m on m.id = l.manifest_id
where m.received_at is not null and l.decision in ('ACCEPT', 'PARTIAL') and l.accepted_value is not null
  and l.accepted_unit in ('KG', 'T');
