-- Issue 18: installations that repacked batches before V175 kept those sources as RECEIVED or IN_STORAGE in the
-- batch view (the batch view's group is never replayed). The command side's custody table knew them closed, so its
-- status is copied, and the lineage rows written then get the label ids the view now shows beside each share.
update batch_view set status = 'REPACKED'
 where id in (select batch_id from batch_custody where status = 'REPACKED');
update batch_lineage set source_label = (select v.label_id from batch_view v where v.id = batch_lineage.source_id)
 where source_label is null;
update batch_lineage set output_label = (select v.label_id from batch_view v where v.id = batch_lineage.output_id)
 where output_label is null;
