package cn.haztrail.registry.query;

import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.SingleScopeTerms;
import cn.haztrail.shared.persistence.StringListConverter;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * Turns each licence of the registry view from its single scope and method list into lines, with the same meaning
 * as the event upcaster gives the stored events ({@link SingleScopeTerms#asLines()}), since the view is updated in
 * command transactions and cannot be replayed. A Spring bean: Spring Boot hands it to Flyway.
 */
@Component
class V25__LicenceLinesFromSingleScope extends BaseJavaMigration {

    private static final StringListConverter LISTS = new StringListConverter();

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             ResultSet licences = select.executeQuery(
                     "select id, categories, codes, excluded_codes, methods from licence_view");
             PreparedStatement insert = context.getConnection().prepareStatement("insert into licence_line_view "
                     + "(licence_id, line_no, scope, excluded_codes, methods, annual_capacity_tonnes) "
                     + "values (?, ?, ?, ?, ?, null)")) {
            while (licences.next()) {
                UUID licenceId = licences.getObject("id", UUID.class);
                List<LicenceLine> lines = new SingleScopeTerms(list(licences, "categories"), list(licences, "codes"),
                        list(licences, "excluded_codes"), list(licences, "methods")).asLines();
                for (int lineNo = 0; lineNo < lines.size(); lineNo++) {
                    insert.setObject(1, licenceId);
                    insert.setInt(2, lineNo);
                    insert.setString(3, lines.get(lineNo).scope());
                    insert.setString(4, LISTS.convertToDatabaseColumn(lines.get(lineNo).excludedCodes()));
                    insert.setString(5, LISTS.convertToDatabaseColumn(lines.get(lineNo).methods()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static List<String> list(ResultSet row, String column) throws java.sql.SQLException {
        return LISTS.convertToEntityAttribute(row.getString(column));
    }
}
