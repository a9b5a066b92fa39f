package cn.haztrail.shared.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The command side never reads the query side: an aggregate, and any class that handles commands, decides from its
 * own events and the command-side lookup tables, never from a read model that may lag or be rebuilt. Application
 * services (the enterprise import, drafting a manifest) may read projections before they send a command.
 */
class CommandQuerySeparationTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.haztrail");

    @Test
    void aggregates_and_command_handlers_never_depend_on_a_query_package() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .or().containAnyMethodsThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are command or event-sourcing handlers", method ->
                                method.isAnnotatedWith(CommandHandler.class)
                                        || method.isAnnotatedWith(EventSourcingHandler.class)))
                .should().dependOnClassesThat().resideInAPackage("..query..")
                .check(CLASSES);
    }

    @Test
    void the_enterprise_import_sends_commands_without_touching_the_aggregate() {
        noClasses().that().resideInAPackage("cn.haztrail.registry.imports..")
                .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
                .check(CLASSES);
    }
}
