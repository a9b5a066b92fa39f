package cn.haztrail.shared.imports;

import cn.haztrail.shared.axon.AuditMetadata;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The groups an {@link ImportedEventWriter} stands in for do not handle imported events one by one: the writer
 * writes them for the whole chunk. Every other group, and every event not imported, is handled as before.
 */
@Configuration(proxyBeanMethods = false)
public class ImportedEventsSkipping {

    @Bean
    static ConfigurerModule skipImportedEventsInWrittenGroups(ObjectProvider<ImportedEventWriter> writers) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (configuration, group) -> new SkipImported(group, writers));
    }

    /** The writers are looked up at the first event, once every bean exists. */
    private static final class SkipImported implements MessageHandlerInterceptor<EventMessage<?>> {

        private final String group;
        private final ObjectProvider<ImportedEventWriter> writers;
        private volatile Boolean written;

        SkipImported(String group, ObjectProvider<ImportedEventWriter> writers) {
            this.group = group;
            this.writers = writers;
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            if (unitOfWork.getMessage().getMetaData().containsKey(AuditMetadata.IMPORT_JOB_ID) && written()) {
                return null;
            }
            return chain.proceed();
        }

        private boolean written() {
            Boolean known = written;
            if (known == null) {
                Set<String> groups = writers.orderedStream().map(ImportedEventWriter::group)
                        .collect(Collectors.toSet());
                known = groups.contains(group);
                written = known;
            }
            return known;
        }
    }
}
