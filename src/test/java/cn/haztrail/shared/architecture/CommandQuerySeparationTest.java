package cn.haztrail.shared.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import java.util.function.BiPredicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The command side never reads the query side: an aggregate and a command handler (everything in a {@code command}
 * package) and the application services in front of them (everything in an {@code application} package) decide from
 * their own events, what the aggregates answer to check commands and the command-side lookup tables, never from a
 * read model that may lag or be rebuilt. A caller that checks access on a read model passes the services an id.
 * A feature's {@code command} package is its own: other features send its commands and use its {@code api}
 * (messages and shared vocabularies) or its application services. Features are the top-level packages under
 * {@code cn.haztrail}.
 */
class CommandQuerySeparationTest {

    private static final String ROOT = "cn.haztrail.";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.haztrail");

    @Test
    void aggregates_and_command_handlers_never_depend_on_a_query_package() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .or().containAnyMethodsThat(DescribedPredicate.describe(
                        "are command or event-sourcing handlers", method ->
                                method.isAnnotatedWith(CommandHandler.class)
                                        || method.isAnnotatedWith(EventSourcingHandler.class)))
                .should().dependOnClassesThat().resideInAPackage("..query..")
                .check(CLASSES);
    }

    @Test
    void nothing_in_a_command_package_depends_on_a_query_package() {
        classes().that().resideInAPackage("..command..")
                .should(notDependOn("a query package",
                        (origin, target) -> inSegment(target, "query")))
                .check(CLASSES);
    }

    @Test
    void nothing_in_an_application_package_depends_on_a_query_package() {
        classes().that().resideInAPackage("..application..")
                .should(notDependOn("a query package",
                        (origin, target) -> inSegment(target, "query")))
                .check(CLASSES);
    }

    @Test
    void no_feature_depends_on_another_features_command_package() {
        classes().that().resideInAPackage("cn.haztrail..")
                .should(notDependOn("another feature's command package",
                        (origin, target) -> inSegment(target, "command")
                                && !feature(origin).equals(feature(target))))
                .check(CLASSES);
    }

    @Test
    void the_enterprise_import_sends_commands_without_touching_the_aggregate() {
        noClasses().that().resideInAPackage("cn.haztrail.registry.imports..")
                .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
                .check(CLASSES);
    }

    /** Fails on each dependency of a class on a class of HazTrail that {@code forbidden} names. */
    private static ArchCondition<JavaClass> notDependOn(String what, BiPredicate<JavaClass, JavaClass> forbidden) {
        return new ArchCondition<>("not depend on " + what) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (target.getPackageName().startsWith(ROOT) && forbidden.test(origin, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The top-level package under cn.haztrail a class belongs to. */
    private static String feature(JavaClass type) {
        if (!type.getPackageName().startsWith(ROOT)) {
            return "";
        }
        String rest = type.getPackageName().substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean inSegment(JavaClass type, String segment) {
        return ("." + type.getPackageName() + ".").contains("." + segment + ".");
    }
}
