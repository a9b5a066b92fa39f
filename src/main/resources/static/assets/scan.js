/*
 * "扫码": reads a label's QR code with the phone's camera into a field. The browser's own BarcodeDetector decodes
 * where it has one; elsewhere a small frame goes to the server, which decodes it with the same ZXing that draws
 * the labels. The page works without it: the button only appears where a camera can be asked for, and typing into
 * the field keeps working.
 */
(function () {
    'use strict';
    var FRAME_MS = 300;
    var FRAME_WIDTH = 640;

    /** A label's QR holds the public check address ending in /l/{labelId}; a bare label id is taken as it is. */
    function labelId(text) {
        var trimmed = (text || '').trim();
        var link = /\/l\/([0-9A-Za-z]+)\/?(?:[?#].*)?$/.exec(trimmed);
        return (link ? link[1] : trimmed).toUpperCase();
    }

    function detector(button) {
        if ('BarcodeDetector' in window) {
            try {
                var native = new window.BarcodeDetector({formats: ['qr_code']});
                return function (video) {
                    return native.detect(video).then(function (codes) { return codes.length ? codes[0].rawValue : null; });
                };
            } catch (unsupported) { /* decode on the server */ }
        }
        var canvas = document.createElement('canvas');
        var headers = {'Content-Type': 'image/jpeg'};
        if (button.getAttribute('data-csrf-header')) {
            headers[button.getAttribute('data-csrf-header')] = button.getAttribute('data-csrf-token');
        }
        return function (video) {
            var scale = Math.min(1, FRAME_WIDTH / video.videoWidth);
            canvas.width = Math.round(video.videoWidth * scale);
            canvas.height = Math.round(video.videoHeight * scale);
            canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
            return new Promise(function (resolve) { canvas.toBlob(resolve, 'image/jpeg', 0.8); }).then(function (frame) {
                return fetch(button.getAttribute('data-scan-url'), {method: 'POST', headers: headers, body: frame,
                    credentials: 'same-origin'});
            }).then(function (response) { return response.status === 200 ? response.text() : null; });
        };
    }

    function fill(field, id, append) {
        if (append && field.value.trim()) {
            var present = field.value.split(/[\s,;]+/).map(function (s) { return s.toUpperCase(); });
            if (present.indexOf(id) < 0) {
                field.value = field.value.replace(/\s*$/, '') + '\n' + id;
            }
        } else {
            field.value = id;
        }
        field.dispatchEvent(new Event('input', {bubbles: true}));
        field.focus();
    }

    /** "selectId=value": e.g. the search page looks for a batch once a label is read. */
    function choose(selection) {
        var parts = (selection || '').split('=');
        var select = parts.length === 2 ? document.getElementById(parts[0]) : null;
        if (select) { select.value = parts[1]; }
    }

    function setUp(button) {
        var field = document.getElementById(button.getAttribute('data-scan-for'));
        var video = document.getElementById(button.getAttribute('data-scan-video'));
        var status = document.getElementById(button.getAttribute('data-scan-status'));
        var append = button.hasAttribute('data-scan-append');
        var stream = null;
        var timer = null;

        function stop() {
            if (timer) { clearTimeout(timer); timer = null; }
            if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
            video.hidden = true;
            button.setAttribute('aria-pressed', 'false');
        }

        function look(decode) {
            if (!stream) { return; }
            var ready = video.readyState >= 2 && video.videoWidth > 0;
            (ready ? decode(video) : Promise.resolve(null)).then(function (text) {
                if (text) {
                    var id = labelId(text);
                    fill(field, id, append);
                    choose(button.getAttribute('data-scan-select'));
                    status.textContent = button.getAttribute('data-scan-found') + id;
                    stop();
                } else if (stream) {
                    timer = setTimeout(function () { look(decode); }, FRAME_MS);
                }
            }, function () {
                if (stream) { timer = setTimeout(function () { look(decode); }, FRAME_MS); }
            });
        }

        button.hidden = false;
        button.addEventListener('click', function () {
            if (stream) { stop(); status.textContent = ''; return; }
            status.textContent = button.getAttribute('data-scan-looking');
            navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}, audio: false}).then(function (s) {
                stream = s;
                video.srcObject = s;
                video.hidden = false;
                button.setAttribute('aria-pressed', 'true');
                return video.play();
            }).then(function () {
                look(detector(button));
            }).catch(function () {
                stop();
                status.textContent = button.getAttribute('data-scan-no-camera');
            });
        });
    }

    if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
        document.querySelectorAll('button[data-scan-for]').forEach(setUp);
    }
})();
