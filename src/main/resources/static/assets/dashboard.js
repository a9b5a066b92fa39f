// The dashboard's mix chart: ECharts reads the figures the server rendered into the page (no API call).
(function () {
    // Kinds with no tonnes in the period are left out of the chart; the figures above still list every total.
    var data = JSON.parse(document.getElementById('mix-data').textContent || '[]')
        .filter(function (d) { return Number(d.value) > 0; });
    var element = document.getElementById('mix-chart');
    if (!element || data.length === 0 || typeof echarts === 'undefined') {
        if (element) { element.hidden = true; element.setAttribute('data-ready', 'true'); }
        return;
    }
    var chart = echarts.init(element, null, {renderer: 'svg'});
    chart.setOption({
        animation: false, // drawn at once: an officer reads figures, and a screenshot shows the whole ring
        tooltip: {trigger: 'item', formatter: '{b}: {c} t ({d}%)'},
        legend: {bottom: 0},
        series: [{type: 'pie', radius: ['40%', '70%'], label: {formatter: '{b}\n{c} t'},
            data: data.map(function (d) { return {name: d.name, value: Number(d.value)}; })}]
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-ready', 'true');
})();

// The flows as Sankey charts (city to city, producer to receiver), from the JSON the server rendered next to each
// table; a band crossing a province border is drawn in the alert colour of the legend above.
(function () {
    ['cities', 'enterprises'].forEach(function (graph) {
        var element = document.getElementById('flows-' + graph + '-chart');
        var source = document.getElementById('flows-' + graph + '-data');
        if (!element || !source || typeof echarts === 'undefined') {
            return;
        }
        var data = JSON.parse(source.textContent || '{}');
        var labels = {};
        (data.nodes || []).forEach(function (n) { labels[n.name] = n.label; });
        var unit = element.getAttribute('data-unit') || 't';
        var cross = element.getAttribute('data-cross-label') || '';
        // As tall as its busier side needs: one flow is a band, not a wall.
        var sides = {origin: 0, destination: 0};
        (data.nodes || []).forEach(function (n) { sides[n.name.indexOf('origin:') === 0
            || n.name.indexOf('producer:') === 0 ? 'origin' : 'destination'] += 1; });
        element.style.height = Math.max(160, Math.min(520, Math.max(sides.origin, sides.destination) * 70)) + 'px';
        var chart = echarts.init(element, null, {renderer: 'svg'});
        chart.setOption({
            animation: false, // whole at once, for the reader and the screenshot
            tooltip: {
                trigger: 'item',
                formatter: function (p) {
                    if (p.dataType === 'edge') {
                        return labels[p.data.source] + ' → ' + labels[p.data.target] + '<br>'
                            + p.data.categories.join(', ') + ': ' + p.data.value + ' ' + unit
                            + (p.data.cross ? '<br>' + cross : '');
                    }
                    return labels[p.name] + ': ' + p.value + ' ' + unit;
                }
            },
            series: [{
                type: 'sankey', left: 8, right: 160, top: 8, bottom: 8, nodeGap: 14, draggable: false,
                emphasis: {focus: 'adjacency'},
                label: {fontSize: 13, color: '#1f2933', formatter: function (p) { return labels[p.name]; }},
                itemStyle: {color: '#0b6e4f', borderWidth: 0},
                data: data.nodes.map(function (n) { return {name: n.name}; }),
                links: data.links.map(function (l) {
                    return {source: l.source, target: l.target, value: Number(l.value), categories: l.categories,
                        cross: l.cross, lineStyle: {color: l.cross ? '#b42318' : '#7fb3a2', opacity: 0.6}};
                })
            }]
        });
        window.addEventListener('resize', function () { chart.resize(); });
        element.setAttribute('data-ready', 'true');
    });
})();
