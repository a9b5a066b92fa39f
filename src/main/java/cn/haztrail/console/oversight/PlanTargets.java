package cn.haztrail.console.oversight;

import cn.haztrail.oversight.indicators.IndicatorFigures;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * The plan's targets the dashboard marks figures against ({@code ${@planTargets...}}): a utilization and disposal
 * rate (处置利用率) of 100 % and a landfill share (填埋处置量占比) below 10 %.
 */
@Component("planTargets")
public class PlanTargets {

    static final BigDecimal RATE = BigDecimal.ONE;
    static final BigDecimal LANDFILL_BELOW = new BigDecimal("0.10");

    public boolean rateMet(IndicatorFigures figures) {
        return figures.utilizationDisposalRate() != null && figures.utilizationDisposalRate().compareTo(RATE) >= 0;
    }

    /** Nothing treated means nothing landfilled: the target holds. */
    public boolean landfillMet(IndicatorFigures figures) {
        return figures.landfillShare() == null || figures.landfillShare().compareTo(LANDFILL_BELOW) < 0;
    }

    /** Utilized and disposed of, exact tonnes as the figures give them. */
    public String treated(IndicatorFigures figures) {
        if (figures.utilized() == null || figures.disposed() == null) {
            return null;
        }
        return new BigDecimal(figures.utilized()).add(new BigDecimal(figures.disposed())).toPlainString();
    }
}
