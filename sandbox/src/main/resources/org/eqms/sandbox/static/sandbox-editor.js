/*
 * The sandbox's storage-format editor (#sbx-editor): saves through the sandbox page API by fetch, JSON only (so the
 * XSRF rule stays Atlassian REST's): POST /rest/sandbox/1.0/pages for a new page (data-space-key), PUT
 * /rest/sandbox/1.0/pages/{id} with the version the edit started from (data-page-id, data-base-version). A refusal
 * (e.g. 409: someone saved in between) is shown as .aui-message-error with the server's message and hint, as text;
 * on success the browser goes to the page view.
 */
(function (window, document) {
    'use strict';
    var API = '/rest/sandbox/1.0/pages';

    function error(container, title, hint) {
        while (container.firstChild) {
            container.removeChild(container.firstChild);
        }
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-error';
        box.setAttribute('role', 'alert');
        var strong = document.createElement('strong');
        strong.textContent = title;
        var line = document.createElement('p');
        line.className = 'title';
        line.appendChild(strong);
        box.appendChild(line);
        if (hint) {
            var more = document.createElement('p');
            more.className = 'sbx-error-hint';
            more.textContent = hint;
            box.appendChild(more);
        }
        container.appendChild(box);
    }

    function init() {
        var form = document.getElementById('sbx-editor');
        if (!form) {
            return;
        }
        var messages = form.querySelector('.sbx-editor-messages');
        var publish = document.getElementById('rte-button-publish');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var pageId = form.getAttribute('data-page-id');
            var payload = {title: document.getElementById('content-title').value,
                body: document.getElementById('sbx-storage-body').value};
            var method = 'POST';
            var url = API;
            if (pageId) {
                method = 'PUT';
                url = API + '/' + encodeURIComponent(pageId);
                payload.baseVersion = parseInt(form.getAttribute('data-base-version'), 10);
            } else {
                payload.spaceKey = form.getAttribute('data-space-key');
            }
            publish.disabled = true;
            window.fetch(url, {method: method, credentials: 'same-origin', body: JSON.stringify(payload),
                headers: {'Accept': 'application/json', 'Content-Type': 'application/json'}})
                .then(function (response) {
                    return response.text().then(function (raw) {
                        var json = null;
                        try { json = raw ? JSON.parse(raw) : null; } catch (e) { json = null; }
                        if (response.ok && json && json.id) {
                            window.location.assign('/pages/viewpage.action?pageId=' + encodeURIComponent(json.id));
                            return;
                        }
                        publish.disabled = false;
                        error(messages, (json && json.message) || ('The page was not saved (HTTP ' + response.status + ').'),
                            (json && json.hint) || '');
                    });
                }, function () {
                    publish.disabled = false;
                    error(messages, 'The sandbox did not answer.', 'Check that it is running and try again.');
                });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window, document));
