package cn.haztrail.shared.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The naming rules that keep generated clients readable hold for endpoints and records added later, too. */
class ApiNamingConventionsTest {

    @Test
    void a_nested_one_word_record_is_named_after_its_enclosing_type() {
        var schemas = converters().readAll(Receipt.class);

        assertThat(schemas).containsKeys("Receipt", "ReceiptLine").doesNotContainKey("Line");
    }

    @Test
    void two_types_with_one_schema_name_stop_the_document_instead_of_sharing_a_schema() {
        ModelConverters converters = converters();
        converters.readAll(First.SharedName.class);

        assertThatThrownBy(() -> converters.readAll(Second.SharedName.class))
                .hasStackTraceContaining("Two API types are both named SharedName");
    }

    @Test
    void an_operation_without_a_declared_id_is_named_after_its_method_and_controller() throws Exception {
        assertThat(operationId("list")).isEqualTo("listParcel");
        assertThat(operationId("listParcels")).isEqualTo("listParcels");
        assertThat(operationId("get")).isEqualTo("readOneParcel");
    }

    private static String operationId(String method) throws Exception {
        var handler = new HandlerMethod(new ParcelController(), ParcelController.class.getDeclaredMethod(method));
        return new OperationIdConvention().customize(new Operation().operationId(method), handler).getOperationId();
    }

    private static ModelConverters converters() {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(new ModelResolver(Json.mapper(), new ApiSchemaNames()));
        return converters;
    }

    static class ParcelController {
        void list() {
        }

        void listParcels() {
        }

        @io.swagger.v3.oas.annotations.Operation(operationId = "readOneParcel")
        void get() {
        }
    }
}

/** Top-level, as the API's records are, so that only its nested record is qualified. */
record Receipt(List<Receipt.Line> lines) {
    record Line(String batchId) {
    }
}

class First {
    record SharedName(String a) {
    }
}

class Second {
    record SharedName(int b) {
    }
}
