package cn.haztrail.oversight.custody;

import cn.haztrail.oversight.custody.CustodyEntryView.CustodyActor;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.web.QuantityView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns a stored event into an entry of the answer: summary (in the caller's language), actor and times (audit
 * metadata, R22), payload.
 */
@Component
class ChainEntries {

    private final EventSummaries summaries;
    private final JsonMapper json;
    private final MessageSource messages;

    ChainEntries(EventSummaries summaries, JsonMapper json, MessageSource messages) {
        this.summaries = summaries;
        this.json = json;
        this.messages = messages;
    }

    /** In the language of the request (Accept-Language), English by default. */
    Function<Translatable, String> apiWording() {
        return text -> messages.getMessage(text, LocaleContextHolder.getLocale());
    }

    CustodyEntryView entry(int position, ChainEvent event, EnterpriseNames names,
                           Function<Translatable, String> wording) {
        EventSummary summary = summaries.summarize(event.payload(), names);
        UUID enterprise = uuid(event.metaData().get(AuditMetadata.ENTERPRISE_ID));
        Object account = event.metaData().get(AuditMetadata.ACCOUNT_ID);
        Object role = event.metaData().get(AuditMetadata.ROLE);
        var actor = new CustodyActor(account == null ? AuditMetadata.SYSTEM_ACCOUNT : account.toString(), enterprise,
                names.find(enterprise), role == null ? null : role.toString());
        Object businessTime = event.metaData().get(AuditMetadata.BUSINESS_TIME);
        return new CustodyEntryView(position, event.stream().kind().aggregateType(), event.stream().id(),
                event.sequenceNumber(), event.eventType(), text(summary.text(), wording), actor,
                businessTime == null ? null : Instant.parse(businessTime.toString()), event.recordedAt(),
                QuantityView.of(summary.declared()), QuantityView.of(summary.accepted()),
                QuantityView.of(summary.disposed()), summary.discrepancyKinds(), summary.refusalRule(),
                text(summary.refusalReason(), wording), payload(event.payload()), lateEntry(event.payload()),
                CustodyEntryView.ImportedFrom.of(event.metaData()));
    }

    private static LateEntryReason lateEntry(Object payload) {
        return payload instanceof LateEntered step ? step.lateEntry() : null;
    }

    private static String text(Translatable text, Function<Translatable, String> wording) {
        return text == null ? null : wording.apply(text);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> payload(Object payload) {
        return json.convertValue(payload, Map.class);
    }

    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }
}
