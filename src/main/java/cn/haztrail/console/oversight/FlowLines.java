package cn.haztrail.console.oversight;

import cn.haztrail.console.ConsoleFormat;
import cn.haztrail.oversight.indicators.FlowReport.Graph;
import cn.haztrail.oversight.indicators.FlowReport.Link;
import cn.haztrail.oversight.indicators.FlowReport.Node;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A flow graph of the API's {@code FlowReport} as the dashboard shows it: a table of lines, and the data of its ECharts
 * Sankey chart (one link per source and target, its categories summed, since the chart draws one band per pair).
 */
@Component
class FlowLines {

    private final ConsoleFormat format;
    private final JsonMapper json = JsonMapper.builder().build();

    FlowLines(ConsoleFormat format) {
        this.format = format;
    }

    List<FlowLine> lines(Graph graph) {
        Map<String, Node> nodes = nodes(graph);
        return graph.links().stream().map(link -> {
            Node source = nodes.get(link.source());
            Node target = nodes.get(link.target());
            return new FlowLine(source.name(), place(source), target.name(), place(target), link.category(),
                    format.tonnes(link.value()), link.batches(), link.crossProvince());
        }).toList();
    }

    /** {nodes: [{name: id, label, province}], links: [{source, target, value, categories, cross}]} for the chart. */
    String sankeyJson(Graph graph) {
        Map<String, Node> nodes = nodes(graph);
        Map<List<String>, Map<String, Object>> pairs = new LinkedHashMap<>();
        for (Link link : graph.links()) {
            Map<String, Object> pair = pairs.computeIfAbsent(List.of(link.source(), link.target()),
                    key -> new LinkedHashMap<>(Map.of("source", link.source(), "target", link.target(),
                            "value", BigDecimal.ZERO, "categories", new ArrayList<String>(),
                            "cross", link.crossProvince())));
            pair.put("value", ((BigDecimal) pair.get("value")).add(new BigDecimal(link.value())));
            @SuppressWarnings("unchecked")
            List<String> categories = (List<String>) pair.get("categories");
            categories.add(link.category());
        }
        List<Map<String, Object>> nodeData = graph.nodes().stream().map(node -> Map.<String, Object>of(
                "name", node.id(), "label", node.name(), "place", place(node))).toList();
        List<Map<String, Object>> linkData = new ArrayList<>(pairs.values());
        linkData.forEach(pair -> pair.put("value", ((BigDecimal) pair.get("value")).toPlainString()));
        return json.writeValueAsString(Map.of("nodes", nodeData, "links", linkData));
    }

    private static Map<String, Node> nodes(Graph graph) {
        return graph.nodes().stream().collect(Collectors.toMap(Node::id, Function.identity()));
    }

    /** An enterprise's city and province, or a city's province. */
    private static String place(Node node) {
        return node.enterpriseId() == null ? node.provinceName() : node.cityName() + " · " + node.provinceName();
    }
}
