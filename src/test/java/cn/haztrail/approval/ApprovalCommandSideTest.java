package cn.haztrail.approval;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * R14's cross-province test decides from the approval's own lookup of its parties' regions: nothing in
 * approval.command reads a query side, its own or the registry's.
 */
class ApprovalCommandSideTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.haztrail");

    @Test
    void R14_the_approval_command_side_reads_no_query_package() {
        noClasses().that().resideInAPackage("cn.haztrail.approval.command..")
                .should().dependOnClassesThat().resideInAPackage("..query..")
                .check(CLASSES);
    }
}
