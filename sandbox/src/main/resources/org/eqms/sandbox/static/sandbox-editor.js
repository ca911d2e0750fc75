/*
 * The sandbox's storage-format editor (#sbx-editor): saves through the sandbox page API by fetch, JSON only (so the
 * XSRF rule stays Atlassian REST's): POST /rest/sandbox/1.0/pages for a new page (data-space-key), PUT
 * /rest/sandbox/1.0/pages/{id} with the version the edit started from (data-page-id, data-base-version). A refusal
 * (e.g. 409: someone saved in between) is shown as .aui-message-error with the server's message and hint, as text;
 * on success the browser goes to the page view.
 */
(function (window, document) {
    'use strict';
    var C = window.SandboxCommon;
    var API = '/rest/sandbox/1.0/pages';

    C.ready(function () {
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
            var saving;
            if (pageId) {
                payload.baseVersion = parseInt(form.getAttribute('data-base-version'), 10);
                saving = C.request('PUT', API + '/' + encodeURIComponent(pageId), payload);
            } else {
                payload.spaceKey = form.getAttribute('data-space-key');
                saving = C.request('POST', API, payload);
            }
            publish.disabled = true;
            saving.then(function (page) {
                window.location.assign('/pages/viewpage.action?pageId=' + encodeURIComponent(page.id));
            }, function (error) {
                publish.disabled = false;
                C.message(messages, 'error', error.message, error.hint);
            });
        });
    });
}(window, document));
