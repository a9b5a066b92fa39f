package cn.haztrail.catalogue.calendar.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(description = "A year's public holidays and make-up working days, as the State Council's notice gives them")
record CalendarRequest(
        @Size(max = 200) @Schema(description = "The notice they follow",
                example = "国务院办公厅关于2027年部分节假日安排的通知") String notice,
        @NotEmpty @Size(max = 60) @Schema(description = "Days off (放假), weekends within a holiday included")
        List<@NotNull @Valid CalendarDayRequest> holidays,
        @Size(max = 30) @Schema(description = "Weekend days worked in exchange (调休上班)")
        List<@NotNull @Valid CalendarDayRequest> workdays) {
}
