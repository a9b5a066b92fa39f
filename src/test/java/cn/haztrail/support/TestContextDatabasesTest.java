package cn.haztrail.support;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.util.ClassUtils;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test class that starts an application context other than the shared {@link IntegrationTest} one names a
 * database of its own ({@link OwnDatabase}); otherwise its processors and dispatchers would race the shared
 * context's for the same events and other tests would see alerts, replays or deliveries they did not cause.
 */
class TestContextDatabasesTest {

    @Test
    void every_test_context_but_the_shared_one_runs_on_a_database_of_its_own() {
        List<String> sharing = testClassesWithTheirOwnContext().stream()
                .filter(type -> Arrays.stream(AnnotatedElementUtils.findMergedAnnotation(type, SpringBootTest.class)
                        .properties()).noneMatch(property -> property.startsWith(OwnDatabase.URL)))
                .map(Class::getName).toList();

        assertThat(sharing).as("test classes with a context of their own on the shared test database").isEmpty();
    }

    private static List<Class<?>> testClassesWithTheirOwnContext() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().getClassName().endsWith("Test");
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootTest.class));
        List<Class<?>> found = scanner.findCandidateComponents("cn.haztrail").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .filter(type -> !type.isAnnotation() && !sharesTheIntegrationTestContext(type))
                .toList();
        assertThat(found).as("the scan finds the tests that start contexts of their own").isNotEmpty();
        return found;
    }

    /** An {@link IntegrationTest} that overrides a bean gets a context of its own, like any other configuration. */
    private static boolean sharesTheIntegrationTestContext(Class<?> type) {
        return AnnotatedElementUtils.hasAnnotation(type, IntegrationTest.class) && Arrays.stream(type.getDeclaredFields())
                .noneMatch(field -> field.isAnnotationPresent(MockitoBean.class)
                        || field.isAnnotationPresent(MockitoSpyBean.class));
    }
}
