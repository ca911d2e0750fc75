/*
 * What the sandbox's own pages share: JSON requests as Atlassian REST expects them (same-origin session, JSON bodies,
 * X-Atlassian-Token) resolving with the body or rejecting with {status, message, hint}; AUI messages built as text.
 */
(function (window, document) {
    'use strict';

    function request(method, url, body) {
        var init = {method: method, credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}};
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return window.fetch(url, init).then(function (response) {
            return response.text().then(function (raw) {
                var json = null;
                try { json = raw ? JSON.parse(raw) : null; } catch (e) { json = null; }
                if (response.ok) {
                    return json;
                }
                throw {status: response.status, message: (json && json.message) || ('HTTP ' + response.status),
                    hint: (json && json.hint) || ''};
            });
        }, function () {
            throw {status: 0, message: 'The sandbox did not answer.', hint: 'Check that it is running and try again.'};
        });
    }

    function message(container, type, title, hint) {
        while (container.firstChild) {
            container.removeChild(container.firstChild);
        }
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-' + type;
        box.setAttribute('role', type === 'error' ? 'alert' : 'status');
        var line = document.createElement('p');
        line.className = 'title';
        var strong = document.createElement('strong');
        strong.textContent = title;
        line.appendChild(strong);
        box.appendChild(line);
        if (hint) {
            var more = document.createElement('p');
            more.className = 'sbx-message-hint';
            more.textContent = hint;
            box.appendChild(more);
        }
        container.appendChild(box);
    }

    function ready(init) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', init);
        } else {
            init();
        }
    }

    window.SandboxCommon = {request: request, message: message, ready: ready};
}(window, document));
