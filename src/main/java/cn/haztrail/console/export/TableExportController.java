package cn.haztrail.console.export;

import cn.haztrail.console.TableExport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every console table as CSV or XLSX through one address per format, rather than one controller per table. */
@Controller
class TableExportController {

    private final Map<String, ConsoleTableSource> sources;

    TableExportController(List<ConsoleTableSource> sources) {
        this.sources = sources.stream().collect(Collectors.toMap(ConsoleTableSource::name, Function.identity()));
    }

    @GetMapping("/console/tables/{name}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String name, @RequestParam Map<String, String> query) {
        ConsoleTable table = source(name).read(query);
        return TableExport.csv(table.header(), table.rows(), name);
    }

    @GetMapping("/console/tables/{name}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String name, @RequestParam Map<String, String> query) {
        ConsoleTable table = source(name).read(query);
        return TableExport.xlsx(table.header(), table.rows(), name);
    }

    private ConsoleTableSource source(String name) {
        ConsoleTableSource source = sources.get(name);
        if (source == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No console table " + name);
        }
        return source;
    }
}
