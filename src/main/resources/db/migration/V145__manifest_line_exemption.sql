-- Issue 18: a manifest line may be sent under a targeted-utilization exemption (R37): submission then leaves it out
-- of the receiver's licence check and the receipt draws its quantity on the exemption. Null for every older line.
alter table manifest_line_view add column exemption_id uuid;
