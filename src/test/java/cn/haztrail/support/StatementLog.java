package cn.haztrail.support;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The statements this thread sent through the counting proxy ({@link CountedStatements}) since it last cleared them,
 * with their parameters: for a test that asks which statements named one stream, not only how many were made.
 */
public final class StatementLog {

    /** One statement's text and the parameters of its first (or only) execution. */
    public record Statement(String sql, List<String> parameters) {

        public boolean names(Object value) {
            return parameters.contains(String.valueOf(value));
        }
    }

    private static final ThreadLocal<List<Statement>> MADE = ThreadLocal.withInitial(ArrayList::new);

    private StatementLog() {
    }

    public static void clear() {
        MADE.get().clear();
    }

    public static List<Statement> made() {
        return List.copyOf(MADE.get());
    }

    static void record(ExecutionInfo execution, List<QueryInfo> queries) {
        for (QueryInfo query : queries) {
            List<String> parameters = query.getParametersList().isEmpty() ? List.of()
                    : query.getParametersList().get(0).stream().map(StatementLog::value).toList();
            MADE.get().add(new Statement(query.getQuery(), parameters));
        }
    }

    /** The value a setter was given: its second argument (the first is the parameter's index). */
    private static String value(ParameterSetOperation operation) {
        Object[] args = operation.getArgs();
        return args.length < 2 ? "" : Objects.toString(args[1] instanceof Object[] array
                ? Arrays.toString(array) : args[1]);
    }
}
