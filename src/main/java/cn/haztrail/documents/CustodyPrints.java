package cn.haztrail.documents;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.oversight.custody.CustodyChainView;
import cn.haztrail.oversight.custody.CustodyChains;
import cn.haztrail.oversight.integrity.IntegrityChecks;
import cn.haztrail.oversight.integrity.StreamHead;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The chain of custody as a PDF (R24) with the integrity of every stream read (R23), as it stands now, for the API
 * and the console alike. Callers pass ids they have already checked the reader may see (CustodySubjects).
 */
@Component
public class CustodyPrints {

    private final CustodyChains chains;
    private final IntegrityChecks integrity;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CustodyPrints(CustodyChains chains, IntegrityChecks integrity, WorkingDayCalendar calendar, Clock clock) {
        this.chains = chains;
        this.integrity = integrity;
        this.calendar = calendar;
        this.clock = clock;
    }

    public byte[] batch(UUID batchId) {
        return render(InChinese.call(() -> chains.ofBatch(batchId, null, null)));
    }

    public byte[] manifest(UUID manifestId) {
        return render(InChinese.call(() -> chains.ofManifest(manifestId, null, null)));
    }

    private byte[] render(CustodyChainView chain) {
        List<StreamHead> heads = chain.streams().stream()
                .map(stream -> integrity.head(stream.aggregateId().toString())).toList();
        return new CustodyPdf(calendar.zone()).render(chain, heads, clock.instant());
    }
}
