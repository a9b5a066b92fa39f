package cn.haztrail.console.search;

import cn.haztrail.console.ConsoleFormat;
import cn.haztrail.console.export.ConsoleTable;
import cn.haztrail.console.export.ConsoleTableSource;
import cn.haztrail.console.search.Searches.Found;
import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.shared.security.CurrentCaller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A search's results for download, with the page's columns for its kind ({@code kind} and {@code q} as the page);
 * for regulators, as the page.
 */
@Component
class SearchTable implements ConsoleTableSource {

    private final Searches searches;
    private final ConsoleFormat format;
    private final MessageSource messages;
    private final CurrentCaller currentCaller;

    SearchTable(Searches searches, ConsoleFormat format, MessageSource messages, CurrentCaller currentCaller) {
        this.searches = searches;
        this.format = format;
        this.messages = messages;
        this.currentCaller = currentCaller;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public ConsoleTable read(Map<String, String> query) {
        if (!currentCaller.get().isRegulator()) {
            throw new AccessDeniedException("The search page and its download are for regulators");
        }
        String q = query.getOrDefault("q", "").trim();
        Searches.Kind kind = Searches.kind(query.get("kind"));
        Found found = q.isEmpty() ? new Found(kind, List.of(), List.of(), List.of()) : searches.find(kind, q);
        return switch (kind) {
            case MANIFEST -> new ConsoleTable(ConsoleTable.header(messages, List.of("console.manifest.number",
                    "console.manifest.status", "console.search.picked-up", "console.search.received")),
                    found.manifests().stream().map(m -> List.of(m.number() == null ? m.id().toString() : m.number(),
                            text("console.manifest-status." + m.status(), m.status().name()),
                            format.time(m.pickedUpAt()), format.time(m.receivedAt()))).toList());
            case BATCH -> new ConsoleTable(ConsoleTable.header(messages, List.of("console.batch.label",
                    "console.batch.waste", "console.batch.quantity", "console.custody.status")),
                    found.batches().stream().map(b -> List.of(b.labelId(), b.wasteCode() + " " + b.wasteName(),
                            format.quantity(b.quantity()),
                            text("console.custody.status." + b.status(), b.status().name()))).toList());
            case ENTERPRISE -> new ConsoleTable(ConsoleTable.header(messages, List.of("console.search.name",
                    "console.search.credit-code", "console.search.region", "console.search.roles",
                    "console.search.address", "console.search.licences")),
                    found.enterprises().stream().map(this::enterprise).toList());
        };
    }

    private List<String> enterprise(EnterpriseProfile e) {
        String separator = text("console.term.separator", ", ");
        return List.of(e.name(), e.creditCode(), e.regionCode(),
                e.roles().stream().map(r -> text("console.custody.role." + r, r)).collect(Collectors.joining(separator)),
                e.address() == null ? "" : e.address(),
                e.licences().stream().map(l -> l.number()).collect(Collectors.joining(separator)));
    }

    private String text(String code, String fallback) {
        return messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
    }
}
