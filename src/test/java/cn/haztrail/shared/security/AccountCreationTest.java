package cn.haztrail.shared.security;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Several nodes starting at once on one database each create the bootstrap administrator: one wins, none fails. */
@IntegrationTest
class AccountCreationTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrent_creations_of_one_account_store_it_once_and_none_fails() throws Exception {
        String username = "bootstrap-" + System.nanoTime();
        List<Callable<Boolean>> nodes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            nodes.add(() -> accounts.createIfAbsent(username, "secret", Role.ADMIN, null, null));
        }
        List<Boolean> created = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(nodes.size());
        try {
            for (Future<Boolean> result : pool.invokeAll(nodes)) {
                created.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(created).containsOnlyOnce(true);
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username))
                .isEqualTo(1);
    }
}
