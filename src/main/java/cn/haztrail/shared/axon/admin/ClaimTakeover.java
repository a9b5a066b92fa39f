package cn.haztrail.shared.axon.admin;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.springframework.stereotype.Component;

/**
 * Writes a processor's tokens while other nodes may hold their claims: the claims are released and the tokens written
 * in one transaction, so nobody else claims in between (row locks). A node still working on a segment then fails to
 * store its next token, rolls its batch back and lets the segment go; whoever claims it next reads the new token.
 */
@Component
class ClaimTakeover {

    private final TransactionManager transactions;
    private final EntityManagerProvider entityManagers;

    ClaimTakeover(TransactionManager transactions, EntityManagerProvider entityManagers) {
        this.transactions = transactions;
        this.entityManagers = entityManagers;
    }

    /** Runs {@code writeTokens} (Axon's own transactions join this one) after releasing every claim of the processor. */
    void writeTokens(String processorName, Runnable writeTokens) {
        transactions.executeInTransaction(() -> {
            entityManagers.getEntityManager().createQuery("update " + TokenEntry.class.getSimpleName()
                            + " t set t.owner = null where t.processorName = :name")
                    .setParameter("name", processorName).executeUpdate();
            writeTokens.run();
        });
    }
}
