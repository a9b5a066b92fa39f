// Batch registration: when a waste code from the catalogue list is chosen, tick the hazards the catalogue names
// for it (the person may still change them; the domain checks them, R06). Without script the boxes stay manual.
(function () {
    var code = document.getElementById('wasteCode');
    var list = document.getElementById('waste-codes');
    if (!code || !list) {
        return;
    }
    function prefill() {
        var chosen = Array.prototype.find.call(list.options, function (o) { return o.value === code.value.trim(); });
        if (!chosen) {
            return;
        }
        var hazards = (chosen.dataset.hazards || '').split(',');
        document.querySelectorAll('#hazards input[type=checkbox]').forEach(function (box) {
            box.checked = hazards.indexOf(box.value) >= 0;
        });
    }
    code.addEventListener('change', prefill);
    code.addEventListener('input', prefill);
}());
