/*
 * Space tools page: a space's document-control configuration, read from and saved to
 * GET/PUT /rest/eqms/1.0/spaces/{spaceKey}/configuration. Errors show the server's message and hint.
 */
(function (window, document) {
    'use strict';
    var C = window.EqmsCommon;

    function init() {
        var root = document.getElementById('eqms-space-admin');
        if (!root) {
            return;
        }
        var spaceKey = root.getAttribute('data-space-key');
        var url = C.restBase(root) + '/spaces/' + encodeURIComponent(spaceKey) + '/configuration';
        var messages = root.querySelector('.eqms-messages');
        var form = root.querySelector('.eqms-space-form');
        var types = root.querySelector('.eqms-types tbody');
        var rules = root.querySelector('.eqms-rules tbody');
        var loaded = {};

        function input(value, cls, type) {
            var node = C.el('input', {'class': 'text ' + cls, 'type': type || 'text'});
            if (type === 'checkbox') {
                node.className = 'checkbox ' + cls;
                node.checked = !!value;
            } else {
                node.value = value === undefined || value === null ? '' : String(value);
            }
            return node;
        }

        function removeButton(row) {
            var button = C.el('button', {'type': 'button', 'class': 'aui-button aui-button-link'}, C.text(root, 'remove'));
            button.addEventListener('click', function () {
                row.parentNode.removeChild(row);
            });
            return button;
        }

        function cell(row, child) {
            row.appendChild(C.el('td', null, child));
        }

        function addType(type) {
            type = type || {};
            var row = C.el('tr', {'class': 'eqms-type'});
            cell(row, input(type.key, 'eqms-type-key'));
            cell(row, input(type.name, 'eqms-type-name'));
            cell(row, input(type.numberFormat, 'eqms-type-format'));
            var scheme = C.el('select', {'class': 'select eqms-type-scheme'});
            scheme.innerHTML = document.getElementById('eqms-scheme-options').innerHTML;
            scheme.value = type.revisionScheme || 'LETTERS';
            cell(row, scheme);
            cell(row, input(type.reviewIntervalMonths, 'eqms-type-months short-field', 'number'));
            cell(row, input(type.trainingRequired, 'eqms-type-training', 'checkbox'));
            cell(row, input(type.approvalRule, 'eqms-type-rule'));
            cell(row, removeButton(row));
            types.appendChild(row);
        }

        function groupsText(groups) {
            return (groups || []).map(function (g) {
                return g.group + ':' + g.quorum;
            }).join(', ');
        }

        function parseGroups(value) {
            return value.split(',').map(function (part) {
                return part.trim();
            }).filter(function (part) {
                return part.length > 0;
            }).map(function (part) {
                var colon = part.lastIndexOf(':');
                var quorum = colon > 0 ? parseInt(part.substring(colon + 1), 10) : 1;
                return {group: colon > 0 ? part.substring(0, colon).trim() : part, quorum: isNaN(quorum) ? 1 : quorum};
            });
        }

        function addRule(rule) {
            rule = rule || {};
            var row = C.el('tr', {'class': 'eqms-rule'});
            cell(row, input(rule.key, 'eqms-rule-key'));
            cell(row, input(groupsText(rule.groups), 'eqms-rule-groups'));
            cell(row, input(rule.sequential, 'eqms-rule-sequential', 'checkbox'));
            cell(row, input(rule.authorMayApprove, 'eqms-rule-author', 'checkbox'));
            cell(row, removeButton(row));
            rules.appendChild(row);
        }

        function show(config) {
            loaded = config || {};
            var scope = loaded.scope || {};
            form.scopeMode.value = scope.mode || 'WHOLE_SPACE';
            form.rootPageIds.value = (scope.rootPageIds || []).join(', ');
            form.reviewEditPolicy.value = loaded.reviewEditPolicy || 'RETURN_TO_DRAFT';
            form.controllerGroup.value = loaded.controllerGroup || '';
            C.clear(types);
            C.clear(rules);
            (loaded.types || []).forEach(addType);
            (loaded.approvalRules || []).forEach(addRule);
            if (loaded.configured === false) {
                C.message(messages, 'info', C.text(root, 'not-configured'));
            }
        }

        function value(row, cls) {
            return row.querySelector('.' + cls);
        }

        function collect() {
            var ids = form.rootPageIds.value.split(',').map(function (s) {
                return s.trim();
            }).filter(function (s) {
                return s.length > 0;
            }).map(function (s) {
                return /^[0-9]+$/.test(s) ? parseInt(s, 10) : s;
            });
            var config = {
                spaceKey: spaceKey,
                scope: {mode: form.scopeMode.value, rootPageIds: ids},
                reviewEditPolicy: form.reviewEditPolicy.value,
                controllerGroup: form.controllerGroup.value.trim(),
                types: Array.prototype.map.call(types.querySelectorAll('tr'), function (row) {
                    var months = value(row, 'eqms-type-months').value;
                    return {
                        key: value(row, 'eqms-type-key').value.trim(),
                        name: value(row, 'eqms-type-name').value.trim(),
                        numberFormat: value(row, 'eqms-type-format').value.trim(),
                        revisionScheme: value(row, 'eqms-type-scheme').value,
                        reviewIntervalMonths: months === '' ? null : parseInt(months, 10),
                        trainingRequired: value(row, 'eqms-type-training').checked,
                        approvalRule: value(row, 'eqms-type-rule').value.trim()
                    };
                }),
                approvalRules: Array.prototype.map.call(rules.querySelectorAll('tr'), function (row) {
                    return {
                        key: value(row, 'eqms-rule-key').value.trim(),
                        groups: parseGroups(value(row, 'eqms-rule-groups').value),
                        sequential: value(row, 'eqms-rule-sequential').checked,
                        authorMayApprove: value(row, 'eqms-rule-author').checked
                    };
                })
            };
            if (loaded.revision !== undefined) {
                config.revision = loaded.revision;
            }
            return config;
        }

        root.querySelector('.eqms-add-type').addEventListener('click', function () {
            addType();
        });
        root.querySelector('.eqms-add-rule').addEventListener('click', function () {
            addRule();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            C.request('PUT', url, collect()).then(function (saved) {
                show(saved);
                C.message(messages, 'success', C.text(root, 'saved'));
            }, function (error) {
                C.failure(messages, C.text(root, 'error'), error);
            });
        });

        C.message(messages, 'info', C.text(root, 'loading'));
        C.request('GET', url).then(function (config) {
            C.clear(messages);
            show(config);
        }, function (error) {
            C.failure(messages, C.text(root, 'error'), error);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window, document));
