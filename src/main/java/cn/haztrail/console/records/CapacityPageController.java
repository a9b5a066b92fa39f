package cn.haztrail.console.records;

import cn.haztrail.report.query.CapacityQueries;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.time.StepTimes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;

/** Capacity against generation (R35) for the regulator's jurisdiction or a region inside it, per category. */
@Controller
class CapacityPageController {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final RecordsScope scope;
    private final CapacityQueries capacity;
    private final StepTimes times;

    CapacityPageController(RecordsScope scope, CapacityQueries capacity, StepTimes times) {
        this.scope = scope;
        this.capacity = capacity;
        this.times = times;
    }

    @GetMapping("/console/records/capacity")
    String capacity(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                    Model model) {
        Caller caller = scope.regulator();
        String asked = region == null || region.isBlank() ? caller.jurisdiction() : region.strip();
        if (!asked.matches("\\d{6}") || !scope.governs(caller, asked)) {
            throw new AccessDeniedException("Capacity is read for regions inside the regulator's jurisdiction");
        }
        int shown = year != null && year >= 2000 && year <= 2999 ? year
                : times.now().atZone(SHANGHAI).getYear();
        model.addAttribute("year", shown);
        model.addAttribute("report", capacity.capacity(asked, shown));
        return "console/records/capacity";
    }
}
