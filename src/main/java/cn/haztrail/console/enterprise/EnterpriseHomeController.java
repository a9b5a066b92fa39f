package cn.haztrail.console.enterprise;

import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.shared.web.PageResponse;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * An enterprise's start page: what waits for it ({@link WaitingForMe}), its batches in storage with their storage
 * clock (R09: 48 hours for HW01) and its latest manifests, read with the same rules as the API's lists (R21).
 */
@Controller
class EnterpriseHomeController {

    static final int SHOWN = 20;

    private final BatchQueries batches;
    private final BatchReaders readers;
    private final ManifestQueries manifests;
    private final WaitingForMe waiting;
    private final Clock clock;
    private final CurrentCaller currentCaller;

    EnterpriseHomeController(BatchQueries batches, BatchReaders readers, ManifestQueries manifests,
                             WaitingForMe waiting, Clock clock, CurrentCaller currentCaller) {
        this.batches = batches;
        this.readers = readers;
        this.manifests = manifests;
        this.waiting = waiting;
        this.clock = clock;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/console/enterprise")
    String home(Model model) {
        Caller caller = currentCaller.find().filter(c -> c.enterpriseId() != null)
                .orElseThrow(() -> new AccessDeniedException("This page is for people acting for an enterprise"));
        model.addAttribute("waiting", waiting.of(caller));
        PageResponse<BatchView> inStorage = batches.search(readers.of(caller), BatchStatus.IN_STORAGE, null, 0, SHOWN);
        Instant now = clock.instant();
        model.addAttribute("inStorage", inStorage);
        model.addAttribute("storageHoursLeft", inStorage.items().stream().collect(Collectors.toMap(BatchView::id,
                b -> WaitingForMe.hoursLeft(now, b.storageLimitAt()))));
        model.addAttribute("manifests", manifests.list(caller, null, null, 0, SHOWN));
        return "console/enterprise/home";
    }
}
