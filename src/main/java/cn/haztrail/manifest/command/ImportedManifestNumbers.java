package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.registry.claims.IdentifierKind;
import cn.haztrail.shared.imports.ImportedEventWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ManifestNumberClaims} for an imported chunk (issue 17): each number claimed as one by one (the claims are
 * written at the chunk's flush, in JDBC batches), and each city's and year's serial counter moved once, to the
 * highest serial of the chunk, instead of twice per manifest.
 */
@Component
class ImportedManifestNumbers implements ImportedEventWriter {

    private final ClaimedIdentifiers claims;
    private final JdbcTemplate jdbc;

    ImportedManifestNumbers(ClaimedIdentifiers claims, JdbcTemplate jdbc) {
        this.claims = claims;
        this.jdbc = jdbc;
    }

    @Override
    public String group() {
        return "registry-claims";
    }

    @Override
    public void write(List<? extends DomainEventMessage<?>> events) {
        Map<List<Object>, Integer> highest = new LinkedHashMap<>();
        for (DomainEventMessage<?> message : events) {
            if (!(message.getPayload() instanceof ManifestSubmitted event)) {
                continue;
            }
            claims.claim(IdentifierKind.MANIFEST_NUMBER, event.number(), event.manifestId());
            if (ManifestNumberClaims.isSerialNumber(event.number())) {
                int serial = Integer.parseInt(event.number().substring(8));
                highest.merge(List.of(event.number().substring(4, 8), Integer.parseInt(event.number().substring(0, 4))),
                        serial, Math::max);
            }
        }
        if (highest.isEmpty()) {
            return;
        }
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> floors = new ArrayList<>();
        highest.forEach((key, serial) -> {
            keys.add(new Object[] {key.get(0), key.get(1)});
            floors.add(new Object[] {serial, key.get(0), key.get(1), serial});
        });
        jdbc.batchUpdate("insert into manifest_serial (origin_city, serial_year, last_serial) values (?, ?, 0) "
                + "on conflict do nothing", keys);
        jdbc.batchUpdate("update manifest_serial set last_serial = ? where origin_city = ? and serial_year = ? "
                + "and last_serial < ?", floors);
    }
}
