package cn.haztrail.shared.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/** Puts {@link ProblemErrorReportValve} in place of Tomcat's HTML error report (the host adds it when it starts). */
@Component
class TomcatProblemErrors implements TomcatContextCustomizer {

    @Override
    public void customize(org.apache.catalina.Context context) {
        if (context.getParent() instanceof StandardHost host) {
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        }
    }
}
