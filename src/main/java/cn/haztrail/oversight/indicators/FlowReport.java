package cn.haztrail.oversight.indicators;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where waste went in a period, as two Sankey graphs. Sources and targets are separate nodes (an enterprise that
 * both produces and receives, or a city that ships to itself, appears once per side), so each graph is acyclic.
 */
@Schema(description = "Flows of accepted waste received in the period, shaped for Sankey diagrams")
public record FlowReport(
        @Schema(example = "360200") String region,
        @Schema(example = "2026-01-01") LocalDate from,
        @Schema(example = "2026-11-23") LocalDate to,
        @Schema(description = "Accepted tonnes of all flows listed", example = "12.400") String totalTonnes,
        @Schema(description = "Of which across a province border", example = "1.000") String crossProvinceTonnes,
        @Schema(description = "Producer to receiver, one link per waste category") Graph byEnterprise,
        @Schema(description = "City of origin to city of destination (with their provinces), one link per waste "
                + "category") Graph byRegion) {

    @Schema(description = "Nodes and links with values, as d3-sankey and ECharts take them")
    public record Graph(List<Node> nodes, List<Link> links) {
    }

    @Schema(description = "A source (side origin) or target (side destination) of flows")
    public record Node(
            @Schema(example = "producer:6f1c2a3e-...") String id,
            @Schema(example = "origin", allowableValues = {"origin", "destination"}) String side,
            @Schema(example = "景德镇市昌南化工有限公司") String name,
            @Schema(description = "For enterprise nodes", nullable = true) UUID enterpriseId,
            @Schema(description = "The enterprise's region, or the city for region nodes", example = "360203")
            String regionCode,
            @Schema(example = "360200") String cityCode,
            @Schema(example = "景德镇市") String cityName,
            @Schema(example = "360000") String provinceCode,
            @Schema(example = "江西省") String provinceName) {
    }

    @Schema(description = "Accepted tonnes of one category from a source node to a target node")
    public record Link(
            @Schema(example = "producer:6f1c2a3e-...") String source,
            @Schema(example = "receiver:0b9d7e41-...") String target,
            @Schema(example = "HW08") String category,
            @Schema(example = "1.200") String value,
            @Schema(example = "3") long batches,
            @Schema(description = "Origin and destination lie in different provinces") boolean crossProvince) {
    }
}
