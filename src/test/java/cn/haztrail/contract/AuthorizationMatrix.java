package cn.haztrail.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected answer of every operation to every kind of caller, read from {@code authorization-matrix.txt} (R21):
 * one row per operation, one cell per column of {@link MatrixCaller}.
 */
record AuthorizationMatrix(List<Row> rows) {

    static final String RESOURCE = "/authorization-matrix.txt";

    /** What a cell expects: authorization passes (ALLOW) or this exact status. */
    record Expected(Integer status) {

        static Expected parse(String cell) {
            return "ALLOW".equals(cell) ? new Expected(null) : new Expected(Integer.valueOf(cell));
        }

        boolean allowed() {
            return status == null;
        }

        @Override
        public String toString() {
            return allowed() ? "ALLOW" : String.valueOf(status);
        }
    }

    /** @param operation "METHOD /path/{template}" as the OpenAPI document names it */
    record Row(String operation, int line, Map<MatrixCaller, Expected> cells) {

        String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        String path() {
            return operation.substring(operation.indexOf(' ') + 1);
        }

        /** An operation of the API; other rows are pages that answer without sign-in, listed deliberately. */
        boolean isApi() {
            return path().startsWith("/api/");
        }
    }

    static AuthorizationMatrix load() throws IOException {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static AuthorizationMatrix parse(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n");
        MatrixCaller[] callers = MatrixCaller.values();
        for (int i = 0; i < lines.length; i++) {
            String content = lines[i].contains("#") ? lines[i].substring(0, lines[i].indexOf('#')) : lines[i];
            if (content.isBlank()) {
                continue;
            }
            String[] fields = content.trim().split("\\s+");
            if (fields.length != 2 + callers.length) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": expected method, path and "
                        + callers.length + " cells, found " + fields.length + " fields");
            }
            Map<MatrixCaller, Expected> cells = new LinkedHashMap<>();
            for (int c = 0; c < callers.length; c++) {
                cells.put(callers[c], Expected.parse(fields[2 + c]));
            }
            rows.add(new Row(fields[0] + " " + fields[1], i + 1, cells));
        }
        return new AuthorizationMatrix(List.copyOf(rows));
    }
}
