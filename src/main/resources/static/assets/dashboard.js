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
