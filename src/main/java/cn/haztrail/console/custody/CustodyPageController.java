package cn.haztrail.console.custody;

import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.documents.CustodyPrints;
import cn.haztrail.documents.Documents;
import cn.haztrail.shared.domain.CommandRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.UUID;

/**
 * The custody timeline of a batch or manifest (R24) for regulators: the page at chosen business and recording times,
 * and the printed copy (its table downloads as {@link TimelineTable}). A chain the reader may not read is "not
 * found", as in the API.
 */
@Controller
@RequestMapping("/console/custody")
class CustodyPageController {

    private final Timelines timelines;
    private final CustodyPrints prints;
    private final ZoneProperties zone;

    CustodyPageController(Timelines timelines, CustodyPrints prints, ZoneProperties zone) {
        this.timelines = timelines;
        this.prints = prints;
        this.zone = zone;
    }

    @GetMapping("/batches/{id}")
    String batch(@PathVariable UUID id, @RequestParam(required = false) String asOf,
                 @RequestParam(required = false) String knownAt, Model model) {
        PageTimes times = PageTimes.parse(asOf, knownAt, zone.zone());
        return page(timelines.batch(id, times.asOf(), times.knownAt()), times, model);
    }

    @GetMapping("/manifests/{numberOrId}")
    String manifest(@PathVariable String numberOrId, @RequestParam(required = false) String asOf,
                    @RequestParam(required = false) String knownAt, Model model) {
        PageTimes times = PageTimes.parse(asOf, knownAt, zone.zone());
        return page(timelines.manifest(numberOrId, times.asOf(), times.knownAt()), times, model);
    }

    /** The same printed copy as the API's custody document, as the chain stands now. */
    @GetMapping("/{kind:batches|manifests}/{key}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String kind, @PathVariable String key) {
        UUID id = timelines.readable(kind, key);
        byte[] pdf = Timelines.BATCHES.equals(kind) ? prints.batch(id) : prints.manifest(id);
        return Documents.inline(pdf, "custody-" + key + ".pdf");
    }

    private String page(Timeline timeline, PageTimes times, Model model) {
        model.addAttribute("timeline", timeline);
        model.addAttribute("times", times);
        return "console/custody/timeline";
    }

    /** Unknown, or not the reader's to see (R21): the same answer, as in the API. */
    @ExceptionHandler({CommandRefused.class, MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
    String notFound(Exception e, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "console/custody/not-found";
    }
}
