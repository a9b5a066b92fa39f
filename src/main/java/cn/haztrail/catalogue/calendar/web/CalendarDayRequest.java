package cn.haztrail.catalogue.calendar.web;

import cn.haztrail.catalogue.calendar.api.CalendarDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Schema(description = "A day the holiday notice names")
record CalendarDayRequest(
        @NotNull @Schema(example = "2027-01-01") LocalDate date,
        @NotBlank @Size(max = 20) @Schema(description = "The holiday it belongs to", example = "元旦") String name) {

    CalendarDate toDate() {
        return new CalendarDate(date, name.strip());
    }
}
