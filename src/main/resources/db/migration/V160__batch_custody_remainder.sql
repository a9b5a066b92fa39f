-- Issue 18: the part of a partial receipt not accepted stays at the receiver, which may split it off as its own batch
-- (R40); kept in the accepted quantity's unit, as decimal text like the other quantities of this table.
alter table batch_custody add column remainder_value varchar(40);
