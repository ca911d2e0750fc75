/*
 * The sandbox's Jira pages: the forms of /browse/KEY (edit, link, remove a link) and /projects/KEY/issues (create)
 * call the sandbox's issue API (SandboxCommon.request: JSON, X-Atlassian-Token), then reload or open the new issue.
 * A refusal is shown as .aui-message-error; what the app's trace did not take of a change as .aui-message-warning,
 * with a Continue button (Jira kept the change).
 */
(function (window, document) {
    'use strict';
    var C = window.SandboxCommon;

    function messages() {
        return document.getElementById('sbx-messages');
    }

    function refused(error) {
        C.message(messages(), 'error', error.message, error.hint);
    }

    function afterChange(json, next) {
        var refusals = (json && json.traceRefusals) || [];
        if (refusals.length === 0) {
            next();
            return;
        }
        C.message(messages(), 'warning', 'The trace did not follow: ' + refusals.map(function (r) {
            return r.message;
        }).join(' '), refusals.map(function (r) {
            return r.hint;
        }).join(' '));
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

    function onSubmit(form, send) {
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                send();
            });
        }
    }

    C.ready(function () {
        var issue = document.getElementById('sbx-issue');
        if (issue) {
            var base = issue.getAttribute('data-rest');
            var key = issue.getAttribute('data-key');
            onSubmit(document.getElementById('sbx-edit-form'), function () {
                C.request('PUT', base + '/issues/' + encodeURIComponent(key), {
                    summary: document.getElementById('sbx-edit-summary').value,
                    description: document.getElementById('sbx-edit-description').value,
                    status: document.getElementById('sbx-edit-status').value
                }).then(function (json) {
                    afterChange(json, reload);
                }, refused);
            });
            onSubmit(document.getElementById('sbx-link-form'), function () {
                var choice = document.getElementById('sbx-link-type').value.split('|');
                var target = document.getElementById('sbx-link-target').value.trim();
                var outward = choice[1] === 'outward';
                C.request('POST', base + '/links', {
                    type: choice[0],
                    from: outward ? key : target,
                    to: outward ? target : key
                }).then(function (json) {
                    afterChange(json, reload);
                }, refused);
            });
            Array.prototype.forEach.call(document.querySelectorAll('.sbx-link-remove'), function (button) {
                button.addEventListener('click', function () {
                    C.request('DELETE', base + '/links/' + encodeURIComponent(button.getAttribute('data-link-id')))
                        .then(function (json) {
                            afterChange(json, reload);
                        }, refused);
                });
            });
        }
        var project = document.getElementById('sbx-project');
        if (project) {
            onSubmit(document.getElementById('sbx-create-form'), function () {
                C.request('POST', project.getAttribute('data-rest') + '/issues', {
                    project: project.getAttribute('data-project'),
                    type: document.getElementById('sbx-create-type').value,
                    summary: document.getElementById('sbx-create-summary').value,
                    description: document.getElementById('sbx-create-description').value
                }).then(function (json) {
                    afterChange(json, function () {
                        window.location.href = '/browse/' + encodeURIComponent(json.key);
                    });
                }, refused);
            });
        }
    });
}(window, document));
