/*
 * Project settings page: the project's trace mapping, read from GET /rest/eqms-risk/1.0/projects/{key}/mapping and
 * saved with PUT and the revision read; 409 (someone saved in between) asks to reload. Jira's issue types, link types
 * and statuses are offered by name from Jira's REST API (GET /rest/api/2/project/{key}, /rest/api/2/issueLinkType,
 * /rest/api/2/project/{key}/statuses); when one of those is not available the id can still be typed.
 */
(function (window, document) {
    'use strict';
    var R = window.EqmsRisk;

    function init(root) {
        var t = R.texts(root);
        var projectKey = root.getAttribute('data-project-key');
        var url = R.projectBase(root) + '/mapping';
        var jira = R.contextPath(root) + '/rest/api/2';
        var messages = root.querySelector('.eqms-messages');
        var form = root.querySelector('.eqms-mapping-form');
        var issueTypes = root.querySelector('.eqms-issue-types tbody');
        var linkTypes = root.querySelector('.eqms-link-types tbody');
        var statuses = root.querySelector('.eqms-statuses tbody');
        var jiraIssueTypes = [];
        var jiraLinkTypes = [];
        var revision = 0;

        function options(templateId, value) {
            var select = R.el('select', {'class': 'select'});
            select.innerHTML = document.getElementById(templateId).innerHTML;
            if (value) {
                select.value = value;
            }
            return select;
        }

        /** A select of Jira's issue types or link types by name (value: id), or a text field when none are known. */
        function jiraSelect(known, id, cls) {
            if (known.length === 0) {
                var input = R.el('input', {'class': 'text ' + cls, 'type': 'text', 'inputmode': 'numeric'});
                input.value = id || '';
                return input;
            }
            var select = R.el('select', {'class': 'select ' + cls});
            var found = false;
            known.forEach(function (entry) {
                found = found || entry.id === id;
                select.appendChild(R.el('option', {'value': entry.id}, entry.label));
            });
            if (id && !found) {
                select.appendChild(R.el('option', {'value': id}, t('mapping.unknown-id', id)));
            }
            if (id) {
                select.value = id;
            }
            return select;
        }

        function removable(row) {
            var button = R.el('button', {'type': 'button', 'class': 'aui-button aui-button-link'}, t('remove'));
            button.addEventListener('click', function () {
                row.parentNode.removeChild(row);
            });
            row.appendChild(R.el('td', null, button));
            return row;
        }

        function addIssueType(id, role) {
            var row = R.el('tr', {'class': 'eqms-issue-type'});
            row.appendChild(R.el('td', null, jiraSelect(jiraIssueTypes, id, 'eqms-type-id')));
            var select = options('eqms-role-options', role);
            select.classList.add('eqms-role');
            row.appendChild(R.el('td', null, select));
            issueTypes.appendChild(removable(row));
        }

        function addLinkType(id, mapping) {
            var type = typeof mapping === 'string' ? mapping : (mapping ? mapping.type : null);
            var direction = mapping && typeof mapping === 'object' ? mapping.direction : 'OUTWARD';
            var row = R.el('tr', {'class': 'eqms-link-type'});
            row.appendChild(R.el('td', null, jiraSelect(jiraLinkTypes, id, 'eqms-link-id')));
            var typeSelect = options('eqms-link-type-options', type);
            typeSelect.classList.add('eqms-trace-link');
            var directionSelect = options('eqms-direction-options', direction);
            directionSelect.classList.add('eqms-direction');
            row.appendChild(R.el('td', null, typeSelect));
            row.appendChild(R.el('td', null, directionSelect));
            linkTypes.appendChild(removable(row));
        }

        function addStatus(name, status) {
            var row = R.el('tr', {'class': 'eqms-status'});
            var input = R.el('input', {'class': 'text eqms-status-name', 'type': 'text', 'list': 'eqms-jira-statuses'});
            input.value = name || '';
            var select = options('eqms-verification-options', status || 'PASSED');
            select.classList.add('eqms-verification');
            row.appendChild(R.el('td', null, input));
            row.appendChild(R.el('td', null, select));
            statuses.appendChild(removable(row));
        }

        function show(mapping) {
            [issueTypes, linkTypes, statuses].forEach(R.clear);
            revision = mapping.revision;
            root.querySelector('.eqms-revision-value').textContent = String(revision);
            Object.keys(mapping.issueTypes || {}).forEach(function (id) {
                addIssueType(id, mapping.issueTypes[id]);
            });
            Object.keys(mapping.linkTypes || {}).forEach(function (id) {
                addLinkType(id, mapping.linkTypes[id]);
            });
            Object.keys(mapping.verificationStatuses || {}).forEach(function (name) {
                addStatus(name, mapping.verificationStatuses[name]);
            });
        }

        function collect() {
            var mapping = {projectKey: projectKey, revision: revision, issueTypes: {}, linkTypes: {}, verificationStatuses: {}};
            Array.prototype.forEach.call(issueTypes.querySelectorAll('tr'), function (row) {
                var id = row.querySelector('.eqms-type-id').value.trim();
                if (id) {
                    mapping.issueTypes[id] = row.querySelector('.eqms-role').value;
                }
            });
            Array.prototype.forEach.call(linkTypes.querySelectorAll('tr'), function (row) {
                var id = row.querySelector('.eqms-link-id').value.trim();
                if (id) {
                    mapping.linkTypes[id] = {type: row.querySelector('.eqms-trace-link').value,
                        direction: row.querySelector('.eqms-direction').value};
                }
            });
            Array.prototype.forEach.call(statuses.querySelectorAll('tr'), function (row) {
                var name = row.querySelector('.eqms-status-name').value.trim();
                if (name) {
                    mapping.verificationStatuses[name] = row.querySelector('.eqms-verification').value;
                }
            });
            return mapping;
        }

        /* Jira's own names: best effort, the page works with typed ids without them. */
        function optional(promise) {
            return promise.then(null, function () {
                return null;
            });
        }

        function load() {
            return Promise.all([
                R.request('GET', url),
                optional(R.request('GET', jira + '/project/' + encodeURIComponent(projectKey))),
                optional(R.request('GET', jira + '/issueLinkType')),
                optional(R.request('GET', jira + '/project/' + encodeURIComponent(projectKey) + '/statuses'))
            ]).then(function (answers) {
                jiraIssueTypes = ((answers[1] && answers[1].issueTypes) || []).map(function (type) {
                    return {id: String(type.id), label: type.name};
                });
                jiraLinkTypes = ((answers[2] && answers[2].issueLinkTypes) || []).map(function (type) {
                    return {id: String(type.id), label: type.name + ' (' + type.outward + ' / ' + type.inward + ')'};
                });
                var names = {};
                (answers[3] || []).forEach(function (perType) {
                    (perType.statuses || []).forEach(function (status) {
                        names[status.name] = true;
                    });
                });
                var datalist = document.getElementById('eqms-jira-statuses');
                R.clear(datalist);
                Object.keys(names).sort().forEach(function (name) {
                    datalist.appendChild(R.el('option', {'value': name}));
                });
                show(answers[0]);
            });
        }

        root.querySelector('.eqms-add-issue-type').addEventListener('click', function () {
            addIssueType(null, null);
        });
        root.querySelector('.eqms-add-link-type').addEventListener('click', function () {
            addLinkType(null, null);
        });
        root.querySelector('.eqms-add-status').addEventListener('click', function () {
            addStatus('', 'PASSED');
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var save = form.querySelector('.eqms-save');
            save.disabled = true;
            R.request('PUT', url, collect()).then(function (saved) {
                show(saved);
                R.message(messages, 'success', t('mapping.saved'));
            }, function (error) {
                if (error && error.status === 409) {
                    var box = R.message(messages, 'warning', t('mapping.stale'), error.message, error.hint);
                    var reload = R.el('button', {'type': 'button', 'class': 'aui-button'}, t('mapping.reload'));
                    reload.addEventListener('click', function () {
                        R.clear(messages);
                        load().then(null, failLoad);
                    });
                    box.appendChild(R.el('p', null, reload));
                } else {
                    R.failure(messages, t('error.request'), error);
                }
            }).then(function () {
                save.disabled = false;
            });
        });

        function failLoad(error) {
            R.failure(messages, t('error.request'), error);
        }

        R.message(messages, 'info', t('loading'));
        load().then(function () {
            R.clear(messages);
        }, failLoad);
    }

    /**
     * The project's signing roles (GET/PUT …/signing-roles): per duty, the user keys named for it, comma separated;
     * an empty duty is left to its Jira permission. Saved with the revision read; 409 asks to reload.
     */
    function initSigningRoles(root) {
        var t = R.texts(root);
        var url = R.projectBase(root) + '/signing-roles';
        var messages = root.querySelector('.eqms-messages');
        var form = root.querySelector('.eqms-signing-roles-form');
        var revision = 0;

        function show(roles) {
            revision = roles.revision;
            form.querySelector('.eqms-roles-revision').textContent = String(roles.revision);
            Array.prototype.forEach.call(form.querySelectorAll('.eqms-duty'), function (input) {
                var duty = input.getAttribute('data-duty');
                input.value = (roles.signers[duty] || []).join(', ');
                var state = form.querySelector('.eqms-duty-state[data-duty="' + duty + '"]');
                state.textContent = roles.restricted[duty] ? t('roles.restricted')
                    : t('roles.unrestricted', t('roles.permission.' + roles.otherwiseJiraPermission[duty]));
            });
        }

        function collect() {
            var signers = {};
            Array.prototype.forEach.call(form.querySelectorAll('.eqms-duty'), function (input) {
                signers[input.getAttribute('data-duty')] = input.value.split(',').map(function (key) {
                    return key.trim();
                }).filter(function (key) {
                    return key.length > 0;
                });
            });
            return {'revision': revision, 'signers': signers};
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var save = form.querySelector('.eqms-save-roles');
            save.disabled = true;
            R.request('PUT', url, collect()).then(function (saved) {
                show(saved);
                R.message(messages, 'success', t('roles.saved'));
            }, function (error) {
                R.failure(messages, error && error.status === 409 ? t('roles.stale') : t('error.request'), error);
            }).then(function () {
                save.disabled = false;
            });
        });

        R.request('GET', url).then(show, function (error) {
            R.failure(messages, t('error.request'), error);
        });
    }

    R.onReady('#eqms-trace-mapping', init);
    R.onReady('#eqms-trace-mapping', initSigningRoles);
}(window, document));
