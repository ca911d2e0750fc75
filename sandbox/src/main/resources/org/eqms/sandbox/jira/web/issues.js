// The sandbox's Jira pages: the forms of /browse/KEY and /projects/KEY/issues call the sandbox's issue API with JSON
// (and Atlassian's XSRF header), then reload; a refusal is shown in .aui-message-error, what the app's trace did not
// take of a change in .aui-message-warning.
(function () {
    'use strict';

    function messages() {
        return document.getElementById('sbx-messages');
    }

    function show(kind, text) {
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-' + kind;
        box.textContent = text;
        messages().appendChild(box);
    }

    function call(method, url, body) {
        while (messages().firstChild) {
            messages().removeChild(messages().firstChild);
        }
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check', 'Accept': 'application/json'},
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (text) {
                var json = {};
                try {
                    json = text ? JSON.parse(text) : {};
                } catch (e) {
                    json = {message: text};
                }
                if (!response.ok) {
                    show('error', (json.message || ('HTTP ' + response.status)) + (json.hint ? ' ' + json.hint : ''));
                    throw new Error('refused');
                }
                return json;
            });
        });
    }

    function afterChange(json, next) {
        var refusals = json.traceRefusals || [];
        if (refusals.length === 0) {
            next();
            return;
        }
        refusals.forEach(function (r) {
            show('warning', 'The trace did not follow: ' + r.message + ' ' + r.hint);
        });
        var again = document.createElement('button');
        again.type = 'button';
        again.className = 'aui-button';
        again.id = 'sbx-continue';
        again.textContent = 'Continue';
        again.addEventListener('click', next);
        messages().appendChild(again);
    }

    function reload() {
        window.location.reload();
    }

    function ignore() {
        // the refusal is shown
    }

    var issue = document.getElementById('sbx-issue');
    if (issue) {
        var base = issue.getAttribute('data-rest');
        var key = issue.getAttribute('data-key');
        var edit = document.getElementById('sbx-edit-form');
        if (edit) {
            edit.addEventListener('submit', function (event) {
                event.preventDefault();
                call('PUT', base + '/issues/' + encodeURIComponent(key), {
                    summary: document.getElementById('sbx-edit-summary').value,
                    description: document.getElementById('sbx-edit-description').value,
                    status: document.getElementById('sbx-edit-status').value
                }).then(function (json) {
                    afterChange(json, reload);
                }, ignore);
            });
        }
        var link = document.getElementById('sbx-link-form');
        if (link) {
            link.addEventListener('submit', function (event) {
                event.preventDefault();
                var choice = document.getElementById('sbx-link-type').value.split('|');
                var target = document.getElementById('sbx-link-target').value.trim();
                var outward = choice[1] === 'outward';
                call('POST', base + '/links', {
                    type: choice[0],
                    from: outward ? key : target,
                    to: outward ? target : key
                }).then(function (json) {
                    afterChange(json, reload);
                }, ignore);
            });
        }
        Array.prototype.forEach.call(document.querySelectorAll('.sbx-link-remove'), function (button) {
            button.addEventListener('click', function () {
                call('DELETE', base + '/links/' + encodeURIComponent(button.getAttribute('data-link-id')))
                    .then(function (json) {
                        afterChange(json, reload);
                    }, ignore);
            });
        });
    }

    var project = document.getElementById('sbx-project');
    if (project) {
        var create = document.getElementById('sbx-create-form');
        if (create) {
            create.addEventListener('submit', function (event) {
                event.preventDefault();
                call('POST', project.getAttribute('data-rest') + '/issues', {
                    project: project.getAttribute('data-project'),
                    type: document.getElementById('sbx-create-type').value,
                    summary: document.getElementById('sbx-create-summary').value,
                    description: document.getElementById('sbx-create-description').value
                }).then(function (json) {
                    afterChange(json, function () {
                        window.location.href = '/browse/' + encodeURIComponent(json.key);
                    });
                }, ignore);
            });
        }
    }
}());
