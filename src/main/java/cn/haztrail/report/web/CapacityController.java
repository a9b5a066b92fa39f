package cn.haztrail.report.web;

import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.oversight.indicators.RegulatorScope;
import cn.haztrail.report.query.CapacityQueries;
import cn.haztrail.report.query.CapacityReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

@RestController
@RequestMapping("/api/v1/oversight")
@Tag(name = "Capacity", description = "Capacity against generation (产废与处置能力匹配, R35) for regulators")
class CapacityController {

    private final CapacityQueries capacity;
    private final RegulatorScope scope;
    private final Clock clock;
    private final ZoneId zone;

    CapacityController(CapacityQueries capacity, RegulatorScope scope, Clock clock, ZoneProperties zone) {
        this.capacity = capacity;
        this.scope = scope;
        this.clock = clock;
        this.zone = zone.zone();
    }

    @GetMapping("/capacity")
    @Operation(operationId = "getCapacityAgainstGeneration",
            summary = "Per child region and waste category: tonnes generated against licensed capacity (R35)",
            description = """
                    Regulators only, for a region inside their jurisdiction (default: the jurisdiction; outside it: \
                    403). One row per child region (a province's cities, a city's counties; a county itself) and \
                    category. Generated: tonnes declared by producers registered in the region, batches generated \
                    in the year (Asia/Shanghai); batches declared as a volume are only counted. Capacity: licences \
                    of facilities registered in the region, valid on some day of the year, not revoked, not \
                    collection-only (R05: they treat nothing). A line's stated annual capacity counts once, under \
                    its category (a line names one category or one code of it). A licence's capacity no line \
                    states (its total less the lines' capacities) is not split by a guessed share: it is shown as \
                    shared capacity under every category of its lines without a capacity of their own, an upper \
                    bound that must not be added across categories. Special categories the plans single out: \
                    arsenic HW24, chromium HW21, fluorine HW32 (inorganic fluorides); high chlorine and high salt \
                    are properties, not categories, and no figure recorded shows them: they are listed as not \
                    derivable. Default year: this year.""")
    CapacityReport capacity(
            @Parameter(description = "A 6-digit division code inside the caller's jurisdiction: a province "
                    + "(360000), city (360200) or county (360203). Default: the jurisdiction. Outside it: 403.")
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code")
            String region,
            @Parameter(description = "Calendar year", example = "2026")
            @RequestParam(required = false) @Min(2000) @Max(2999) Integer year) {
        String scoped = scope.region(region);
        return capacity.capacity(scoped, year == null ? LocalDate.now(clock.withZone(zone)).getYear() : year);
    }
}
