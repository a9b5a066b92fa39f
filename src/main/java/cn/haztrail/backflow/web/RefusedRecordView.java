package cn.haztrail.backflow.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A record not imported: its line in the file, the field at fault (null if none), the rule and the reason. */
@Schema(name = "BackflowRefusedRecord")
public record RefusedRecordView(int line, String field, String rule, String code, String reason) {
}
