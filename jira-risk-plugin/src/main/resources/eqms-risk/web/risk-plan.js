/*
 * Project page, "Plan" tab: the risk management plan (ISO 14971 §4.4). GET /rest/eqms-risk/1.0/projects/{key}/risks/plan
 * gives the version in force ("effective") and the draft, each {version, status, contentHash, content} where content
 * is the plan's canonical form (docs/formats.md §12). Project administrators edit the draft with
 * PUT …/risks/plan/draft {scope, lifecyclePhases, responsibilities:[{role, assignee, duty}], severityLevels,
 * probabilityLevels:[{name, lowerBoundPpb}], matrix (rows by severity, lowest first; cells ACCEPTABLE |
 * INVESTIGATE_ALARP | UNACCEPTABLE), verificationActivities, overallResidualRiskCriteria, postProductionActivities}
 * (scales and matrix left out together: the default 5×5 policy), and approve the saved draft with an e-signature:
 * POST …/risks/plan/draft/challenge, then …/risks/plan/draft/sign through EqmsRisk.signingDialog.
 */
(function (window, document) {
    'use strict';
    var R = window.EqmsRisk;
    var ACCEPTABILITIES = ['ACCEPTABLE', 'INVESTIGATE_ALARP', 'UNACCEPTABLE'];
    /* A cell the administrator has not set yet is unacceptable until they decide otherwise. */
    var NEW_CELL = 'UNACCEPTABLE';

    function init(root) {
        var t = R.texts(root);
        var base = R.projectBase(root);
        var pane = root.querySelector('#eqms-tab-plan');
        var messages = pane.querySelector('.eqms-plan-messages');
        var form = pane.querySelector('.eqms-plan-form');
        var state = {plan: null, dirty: false};

        function load() {
            return R.request('GET', base + '/risks/plan').then(function (plan) {
                state.plan = plan || {};
                view('effective', state.plan.effective);
                view('draft', state.plan.draft);
                if (form && !state.dirty) {
                    fill(state.plan.draft || state.plan.effective);
                }
                approvable();
            }, function (error) {
                if (error && error.status === 404) {
                    R.message(messages, 'warning', t('analysis.read-unavailable', 'risks/plan'), error.message, error.hint);
                } else {
                    R.failure(messages, t('error.request'), error);
                }
            });
        }

        /* The read-only view of one version */
        function view(which, version) {
            var holder = pane.querySelector('.eqms-plan-view[data-which="' + which + '"]');
            R.clear(holder);
            if (!version) {
                holder.appendChild(R.el('p', {'class': 'eqms-none'}, which === 'effective' ? t('plan.no-effective') : t('plan.no-draft')));
                return;
            }
            var c = version.content || {};
            var policy = c.policy || {};
            var dl = R.el('dl', {'class': 'eqms-summary'});
            function fact(label, value) {
                dl.appendChild(R.el('dt', null, label));
                dl.appendChild(R.el('dd', null, value));
            }
            fact(t('plan.version'), String(version.version));
            fact(t('plan.status'), R.lozenge(t('plan-status.' + version.status), version.status));
            fact(t('plan.hash'), R.el('span', {'class': 'eqms-hash'}, version.contentHash));
            fact(t('plan.scope'), c.scope || '');
            fact(t('plan.phases'), list(c.lifecyclePhases));
            var responsibilities = R.el('ul');
            (c.responsibilities || []).forEach(function (r) {
                responsibilities.appendChild(R.el('li', null, r.role + ' \u2014 ' + r.assignee + ': ' + r.duty));
            });
            fact(t('plan.responsibilities'), responsibilities);
            fact(t('plan.severity-scale'), list(policy.severityScale));
            fact(t('plan.probability-scale'), list((policy.probabilityScale || []).map(function (b) {
                return t('plan.band', b.name, b.lowerBoundPpb);
            })));
            fact(t('plan.matrix'), matrixView(policy));
            fact(t('plan.verification'), c.verificationActivities || '');
            fact(t('plan.overall'), c.overallResidualRiskCriteria || '');
            fact(t('plan.post-production'), c.postProductionActivities || '');
            holder.appendChild(dl);
        }

        function list(values) {
            var ol = R.el('ol');
            (values || []).forEach(function (v) {
                ol.appendChild(R.el('li', null, v));
            });
            return ol;
        }

        function matrixView(policy) {
            var severities = policy.severityScale || [];
            var bands = policy.probabilityScale || [];
            var table = R.el('table', {'class': 'eqms-heat'});
            var head = R.el('tr', null, R.el('th', null, t('heatmap.severity') + ' \\ ' + t('heatmap.probability')));
            bands.forEach(function (b) {
                head.appendChild(R.el('th', null, b.name));
            });
            table.appendChild(head);
            for (var s = severities.length - 1; s >= 0; s--) {
                var tr = R.el('tr', null, R.el('th', null, severities[s]));
                for (var p = 0; p < bands.length; p++) {
                    var value = ((policy.matrix || [])[s] || [])[p];
                    tr.appendChild(R.el('td', {'class': 'eqms-acc-' + value}, t('acceptability.' + value)));
                }
                table.appendChild(tr);
            }
            return table;
        }

        if (!form) {
            load();
            return;
        }

        /* The draft editor (project administrators) */
        function field(name) {
            return form.querySelector('[name="' + name + '"]');
        }

        var phases = R.listEditor(form.querySelector('[data-name="lifecyclePhases"]'), t('remove'));
        var severities = R.listEditor(form.querySelector('[data-name="severityLevels"]'), t('remove'), function () {
            grid(gridValues());
        });
        var responsibilities = form.querySelector('.eqms-responsibilities tbody');
        var bands = form.querySelector('.eqms-probability-levels tbody');
        var gridHolder = form.querySelector('.eqms-matrix-grid');
        var approve = form.querySelector('.eqms-plan-approve');

        function removable(tr) {
            var remove = R.el('button', {'type': 'button', 'class': 'aui-button aui-button-subtle eqms-remove'}, t('remove'));
            remove.addEventListener('click', function () {
                tr.parentNode.removeChild(tr);
                changed();
                grid(gridValues());
            });
            tr.appendChild(R.el('td', null, remove));
            return tr;
        }

        function input(name, value, label, attrs) {
            var box = R.el('input', {'class': 'text', 'type': 'text', 'name': name, 'aria-label': label, 'maxlength': '2000'});
            Object.keys(attrs || {}).forEach(function (key) {
                box.setAttribute(key, attrs[key]);
            });
            box.value = value === undefined || value === null ? '' : String(value);
            return box;
        }

        function addResponsibility(r) {
            r = r || {};
            responsibilities.appendChild(removable(R.el('tr', null, [
                R.el('td', null, input('role', r.role, t('plan.role'))),
                R.el('td', null, input('assignee', r.assignee, t('plan.assignee'))),
                R.el('td', null, input('duty', r.duty, t('plan.duty')))])));
        }

        function addBand(b) {
            b = b || {};
            var name = input('bandName', b.name, t('plan.level-name'));
            name.addEventListener('change', function () {
                grid(gridValues());
            });
            bands.appendChild(removable(R.el('tr', null, [R.el('td', null, name),
                R.el('td', null, input('lowerBoundPpb', b.lowerBoundPpb, t('plan.lower-bound'), {'inputmode': 'numeric'}))])));
        }

        function bandValues() {
            return Array.prototype.map.call(bands.querySelectorAll('tr'), function (tr) {
                var bound = tr.querySelector('[name="lowerBoundPpb"]').value.trim();
                /* Whole numbers go as numbers; anything else goes as typed, so the server says what is wrong. */
                return {name: tr.querySelector('[name="bandName"]').value.trim(),
                    lowerBoundPpb: /^[0-9]{1,15}$/.test(bound) ? parseInt(bound, 10) : bound};
            });
        }

        /** The grid's values as rows by severity (lowest first), each cell by probability (lowest first). */
        function gridValues() {
            var values = [];
            Array.prototype.forEach.call(gridHolder.querySelectorAll('select'), function (select) {
                var s = parseInt(select.getAttribute('data-severity'), 10);
                var p = parseInt(select.getAttribute('data-probability'), 10);
                values[s] = values[s] || [];
                values[s][p] = select.value;
            });
            return values;
        }

        /** The matrix as an editable grid, highest severity on top; cells keep their values while scales change. */
        function grid(values) {
            var severityNames = severities.values();
            var bandNames = bandValues().map(function (b) {
                return b.name;
            });
            R.clear(gridHolder);
            var table = R.el('table', {'class': 'eqms-heat eqms-matrix-editor'});
            var head = R.el('tr', null, R.el('th', null, t('heatmap.severity') + ' \\ ' + t('heatmap.probability')));
            bandNames.forEach(function (name) {
                head.appendChild(R.el('th', null, name));
            });
            table.appendChild(head);
            for (var s = severityNames.length - 1; s >= 0; s--) {
                var tr = R.el('tr', null, R.el('th', null, severityNames[s]));
                for (var p = 0; p < bandNames.length; p++) {
                    tr.appendChild(cell(s, p, ((values || [])[s] || [])[p] || NEW_CELL));
                }
                table.appendChild(tr);
            }
            gridHolder.appendChild(table);
        }

        function cell(s, p, value) {
            var select = R.el('select', {'class': 'select', 'data-severity': String(s), 'data-probability': String(p),
                'aria-label': t('plan.cell', s + 1, p + 1)});
            ACCEPTABILITIES.forEach(function (a) {
                select.appendChild(R.el('option', {'value': a}, t('acceptability.' + a)));
            });
            select.value = value;
            var td = R.el('td', {'class': 'eqms-acc-' + value}, select);
            select.addEventListener('change', function () {
                td.setAttribute('class', 'eqms-acc-' + select.value);
            });
            return td;
        }

        function policyShown() {
            form.querySelector('.eqms-policy-editor').hidden = field('defaultPolicy').checked;
        }

        /** Fills the editor from a version's content (the draft, else the plan in force), or empty. */
        function fill(version) {
            var c = (version && version.content) || {};
            var policy = c.policy || null;
            field('scope').value = c.scope || '';
            phases.set(c.lifecyclePhases && c.lifecyclePhases.length ? c.lifecyclePhases : ['']);
            R.clear(responsibilities);
            (c.responsibilities && c.responsibilities.length ? c.responsibilities : [{}]).forEach(addResponsibility);
            field('defaultPolicy').checked = !policy;
            severities.set(policy ? policy.severityScale : []);
            R.clear(bands);
            (policy ? policy.probabilityScale : []).forEach(addBand);
            grid(policy ? policy.matrix : []);
            policyShown();
            field('verificationActivities').value = c.verificationActivities || '';
            field('overallResidualRiskCriteria').value = c.overallResidualRiskCriteria || '';
            field('postProductionActivities').value = c.postProductionActivities || '';
            state.dirty = false;
        }

        function body() {
            var json = {scope: field('scope').value.trim(), lifecyclePhases: phases.values(),
                responsibilities: Array.prototype.map.call(responsibilities.querySelectorAll('tr'), function (tr) {
                    return {role: tr.querySelector('[name="role"]').value.trim(),
                        assignee: tr.querySelector('[name="assignee"]').value.trim(),
                        duty: tr.querySelector('[name="duty"]').value.trim()};
                }),
                verificationActivities: field('verificationActivities').value.trim(),
                overallResidualRiskCriteria: field('overallResidualRiskCriteria').value.trim(),
                postProductionActivities: field('postProductionActivities').value.trim()};
            if (!field('defaultPolicy').checked) {
                json.severityLevels = severities.values();
                json.probabilityLevels = bandValues();
                var values = gridValues();
                json.matrix = json.severityLevels.map(function (name, s) {
                    return json.probabilityLevels.map(function (band, p) {
                        return (values[s] || [])[p] || NEW_CELL;
                    });
                });
            }
            return json;
        }

        /** Approving signs the saved draft: only offered when there is one and nothing is left unsaved. */
        function approvable() {
            var ready = !!(state.plan && state.plan.draft) && !state.dirty;
            approve.disabled = !ready;
            approve.setAttribute('title', ready ? '' : state.dirty ? t('plan.save-first') : t('plan.no-draft'));
        }

        function changed() {
            state.dirty = true;
            approvable();
        }

        form.addEventListener('input', changed);
        form.addEventListener('change', changed);
        field('defaultPolicy').addEventListener('change', policyShown);
        form.querySelector('[data-name="severityLevels"]').addEventListener('change', function () {
            grid(gridValues());
        });
        form.querySelector('.eqms-add-entry[data-for="lifecyclePhases"]').addEventListener('click', function () {
            phases.add('').focus();
            changed();
        });
        form.querySelector('.eqms-add-entry[data-for="severityLevels"]').addEventListener('click', function () {
            severities.add('').focus();
            changed();
        });
        form.querySelector('.eqms-add-responsibility').addEventListener('click', function () {
            addResponsibility({});
            changed();
        });
        form.querySelector('.eqms-add-probability').addEventListener('click', function () {
            addBand({});
            grid(gridValues());
            changed();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var box = R.formMessages(form);
            R.clear(box);
            var json = body();
            R.busy(form, function () {
                return R.request('PUT', base + '/risks/plan/draft', json);
            }).then(function (draft) {
                state.dirty = false;
                state.plan = state.plan || {};
                state.plan.draft = draft;
                view('draft', draft);
                R.message(box, 'success', t('plan.saved', draft.version));
                approvable();
            }, function (error) {
                R.failure(box, t('error.request'), error);
                approvable();
            });
        });
        approve.addEventListener('click', function () {
            var draft = state.plan && state.plan.draft;
            if (!draft || state.dirty) {
                return;
            }
            R.signingDialog.open({t: t, challengeUrl: base + '/risks/plan/draft/challenge',
                signUrl: base + '/risks/plan/draft/sign', meanings: [root.getAttribute('data-plan-meaning')],
                facts: function (challenge) {
                    return [[t('sign.object'), t('plan.signed-object', root.getAttribute('data-project-key'),
                        challenge.version)], [t('plan.hash'), challenge.contentHash], [t('sign.expires'), challenge.expiresAt]];
                },
                onSigned: function (approved) {
                    R.message(R.formMessages(form), 'success', t('plan.approved', approved.version));
                    state.dirty = false;
                    load();
                }});
        });
        load();
    }

    R.tab('plan', init);
}(window, document));
