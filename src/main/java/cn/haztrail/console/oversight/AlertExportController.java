package cn.haztrail.console.oversight;

import cn.haztrail.console.TableExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard's alerts table as CSV and XLSX ({@link TableExport}). */
@Controller
class AlertExportController {

    private final AlertTable table;

    AlertExportController(AlertTable table) {
        this.table = table;
    }

    @GetMapping("/console/oversight/alerts.csv")
    ResponseEntity<byte[]> csv() {
        return TableExport.csv(table.header(), table.rows(), "alerts");
    }

    @GetMapping("/console/oversight/alerts.xlsx")
    ResponseEntity<byte[]> xlsx() {
        return TableExport.xlsx(table.header(), table.rows(), "alerts");
    }
}
