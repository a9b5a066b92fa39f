package cn.haztrail.console.enterprise;

import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An enterprise's start page: its batches in storage with their storage clock and its latest manifests, read with
 * the same rules as the API's lists (R21). The "waiting for me" queues and the forms of each step build on it.
 */
@Controller
class EnterpriseHomeController {

    static final int SHOWN = 20;

    private final BatchQueries batches;
    private final BatchReaders readers;
    private final ManifestQueries manifests;
    private final CurrentCaller currentCaller;

    EnterpriseHomeController(BatchQueries batches, BatchReaders readers, ManifestQueries manifests,
                             CurrentCaller currentCaller) {
        this.batches = batches;
        this.readers = readers;
        this.manifests = manifests;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/console/enterprise")
    String home(Model model) {
        Caller caller = currentCaller.find().filter(c -> c.enterpriseId() != null)
                .orElseThrow(() -> new AccessDeniedException("This page is for people acting for an enterprise"));
        model.addAttribute("inStorage", batches.search(readers.of(caller), BatchStatus.IN_STORAGE, null, 0, SHOWN));
        model.addAttribute("manifests", manifests.list(caller, null, null, 0, SHOWN));
        return "console/enterprise/home";
    }
}
