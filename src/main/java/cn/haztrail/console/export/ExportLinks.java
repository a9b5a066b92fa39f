package cn.haztrail.console.export;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.HashMap;
import java.util.Map;

/**
 * The download addresses of a page's table ({@code ${@exportLinks...}} in the {@code console/exports} fragment), with
 * the page's own parameters so that the file holds what the page shows.
 */
@Component("exportLinks")
public class ExportLinks {

    public String href(String table, String format, Map<String, ?> query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/console/tables/{name}.{format}");
        Map<String, Object> values = new HashMap<>(Map.of("name", table, "format", format));
        if (query != null) {
            query.forEach((key, value) -> {
                if (value != null && !value.toString().isBlank()) {
                    uri.queryParam(key, "{" + key + "}");
                    values.put(key, value.toString());
                }
            });
        }
        return uri.encode().buildAndExpand(values).toUriString();
    }
}
