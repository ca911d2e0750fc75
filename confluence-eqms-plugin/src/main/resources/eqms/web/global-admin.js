/*
 * Global administration page: the signing policy (GET/PUT /rest/eqms/1.0/admin/signing-policy) and the signing
 * lockouts (GET /rest/eqms/1.0/admin/lockouts) with their two-person unlock (POST .../lockouts/{userKey}/request-unlock
 * then .../approve-unlock by a second administrator). Durations are whole minutes; every change needs a reason.
 * Errors show the server's message and hint.
 */
(function (window, document) {
    'use strict';
    var C = window.EqmsCommon;
    var DURATIONS = ['lockoutWindowMinutes', 'challengeTtlMinutes', 'sessionContinuityMinutes'];

    function init() {
        var root = document.getElementById('eqms-global-admin');
        if (!root) {
            return;
        }
        var base = C.restBase(root) + '/admin';
        var messages = root.querySelector('.eqms-messages');
        var form = root.querySelector('.eqms-policy-form');
        var durations = root.querySelector('.eqms-durations');
        var lockouts = root.querySelector('.eqms-lockouts tbody');
        var loaded = {};

        function show(policy) {
            loaded = policy || {};
            form.meanings.value = (loaded.meanings || []).join('\n');
            form.alwaysBothComponents.checked = !!loaded.alwaysBothComponents;
            form.lockoutThreshold.value = loaded.lockoutThreshold === undefined ? '' : loaded.lockoutThreshold;
            form.maxReasonLength.value = loaded.maxReasonLength === undefined ? '' : loaded.maxReasonLength;
            C.clear(durations);
            DURATIONS.forEach(function (name) {
                if (loaded[name] === undefined) {
                    return;
                }
                var group = C.el('div', {'class': 'field-group'});
                group.appendChild(C.el('label', {'for': 'eqms-' + name}, root.getAttribute('data-label-' + name) || name));
                var field = C.el('input', {'class': 'text short-field', 'type': 'number', 'min': '1', 'id': 'eqms-' + name, 'name': name});
                field.value = String(loaded[name]);
                group.appendChild(field);
                durations.appendChild(group);
            });
        }

        function collect() {
            var policy = {};
            Object.keys(loaded).forEach(function (key) {
                policy[key] = loaded[key];
            });
            policy.meanings = form.meanings.value.split('\n').map(function (line) {
                return line.trim();
            }).filter(function (line) {
                return line.length > 0;
            });
            policy.alwaysBothComponents = form.alwaysBothComponents.checked;
            policy.lockoutThreshold = parseInt(form.lockoutThreshold.value, 10);
            policy.maxReasonLength = parseInt(form.maxReasonLength.value, 10);
            DURATIONS.forEach(function (name) {
                if (form[name]) {
                    policy[name] = parseInt(form[name].value, 10);
                }
            });
            policy.reason = form.reason.value.trim();
            return policy;
        }

        function showLockouts(list) {
            C.clear(lockouts);
            var items = Array.isArray(list) ? list : (list && list.lockouts) || [];
            if (items.length === 0) {
                var row = C.el('tr');
                row.appendChild(C.el('td', {'colspan': '5'}, C.text(root, 'no-lockouts')));
                lockouts.appendChild(row);
                return;
            }
            items.forEach(function (lockout) {
                var row = C.el('tr');
                row.appendChild(C.el('td', null, lockout.name || lockout.userKey || ''));
                row.appendChild(C.el('td', null, lockout.lockedAt || ''));
                row.appendChild(C.el('td', null, lockout.unlockRequestedBy || ''));
                row.appendChild(C.el('td', null, lockout.unlockReason || ''));
                var actions = C.el('td');
                var first = !lockout.unlockRequestedBy;
                var button = C.el('button', {'class': 'aui-button eqms-unlock', 'type': 'button',
                    'data-user-key': lockout.userKey}, C.text(root, first ? 'request-unlock' : 'approve-unlock'));
                button.addEventListener('click', function () {
                    var path = base + '/lockouts/' + encodeURIComponent(lockout.userKey) + (first ? '/request-unlock' : '/approve-unlock');
                    var body = {};
                    if (first) {
                        var reason = window.prompt(C.text(root, 'unlock-reason'));
                        if (reason === null) {
                            return;
                        }
                        body.reason = reason;
                    }
                    C.request('POST', path, body).then(reloadLockouts, function (error) {
                        C.failure(messages, C.text(root, 'error'), error);
                    });
                });
                actions.appendChild(button);
                row.appendChild(actions);
                lockouts.appendChild(row);
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            C.request('PUT', base + '/signing-policy', collect()).then(function (saved) {
                show(saved);
                C.message(messages, 'success', C.text(root, 'saved'));
            }, function (error) {
                C.failure(messages, C.text(root, 'error'), error);
            });
        });

        C.message(messages, 'info', C.text(root, 'loading'));
        C.request('GET', base + '/signing-policy').then(function (policy) {
            C.clear(messages);
            show(policy);
        }, function (error) {
            C.failure(messages, C.text(root, 'error'), error);
        });
        function reloadLockouts() {
            C.request('GET', base + '/lockouts').then(showLockouts, function (error) {
                C.failure(messages, C.text(root, 'error'), error);
            });
        }
        reloadLockouts();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window, document));
