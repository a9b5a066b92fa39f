package cn.haztrail.oversight.indicators;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "The indicators of one waste category")
public record CategoryIndicators(@Schema(example = "HW08") String category, IndicatorFigures figures) {
}
