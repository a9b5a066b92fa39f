package cn.haztrail.manifest.command;

import cn.haztrail.shared.persistence.TransactionMemory;

import java.util.HashSet;
import java.util.Set;

/**
 * The manifest numbers the city counters handed out in the current transaction: such a number is the counter itself,
 * so the claim of a submission need not move the counter to it (only an imported number may be ahead of it).
 */
public final class NumbersIssued {

    private static final Object KEY = NumbersIssued.class;

    private NumbersIssued() {
    }

    public static void issued(String number) {
        Set<String> issued = TransactionMemory.of(KEY, HashSet::new);
        if (issued != null) {
            issued.add(number);
        }
    }

    static boolean inThisTransaction(String number) {
        Set<String> issued = TransactionMemory.peek(KEY);
        return issued != null && issued.contains(number);
    }
}
