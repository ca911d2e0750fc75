/*
 * Project page, "Risk analysis" tab (ISO 14971 §5.4 to §7.5). Reads from /rest/eqms-risk/1.0/projects/{key}:
 *   GET analysis/hazards (hazards with their hazardous situations), GET analysis/catalogue (Annex C prompts),
 *   GET risks/register (the risks, every page), GET risks/summary (the policy's scales and matrix),
 *   GET analysis/risks/{riskId} (one risk with its controls and verifications).
 * Writes: PUT analysis/hazards/{id}, PUT analysis/situations/{id}, PUT analysis/risks/{riskId},
 *   POST analysis/risks/{riskId}/controls, POST analysis/risks/{riskId}/controls/{controlId}/verifications,
 *   PUT analysis/risks/{riskId}/controls/{controlId}/new-hazards-review, PUT analysis/risks/{riskId}/residual,
 *   PUT analysis/risks/{riskId}/benefit-risk.
 * Each form shows its call's result or the server's error (message and hint) at its top, keeps its input on an error
 * and disables its buttons while the call runs. The server checks every rule and permission; the page only helps.
 */
(function (window, document) {
    'use strict';
    var R = window.EqmsRisk;
    var REGISTER_PAGE = 1000;

    function init(root) {
        var t = R.texts(root);
        var base = R.projectBase(root);
        var pane = root.querySelector('#eqms-tab-analysis');
        var messages = pane.querySelector('.eqms-analysis-messages');
        var tree = pane.querySelector('.eqms-analysis-tree');
        var detail = pane.querySelector('.eqms-risk-detail');
        var canEdit = root.getAttribute('data-can-edit') === 'true';
        var state = {hazards: [], risks: [], catalogue: [], summary: null, risk: null};

        function form(kind) {
            return pane.querySelector('form[data-kind="' + kind + '"]');
        }

        function field(f, name) {
            return f.querySelector('[name="' + name + '"]');
        }

        function optional(value) {
            var text = (value || '').trim();
            return text ? text : null;
        }

        /** A read that failed: a 404 most likely means this Jira runs an app version without that read endpoint. */
        function readFailed(what, error) {
            if (error && error.status === 404) {
                R.message(messages, 'warning', t('analysis.read-unavailable', what), error.message, error.hint);
            } else {
                R.failure(messages, t('error.request'), error);
            }
        }

        function button(text, onClick, kind) {
            var b = R.el('button', {'type': 'button', 'class': 'aui-button aui-button-link eqms-' + kind}, text);
            b.addEventListener('click', onClick);
            return b;
        }

        function level(names, value) {
            if (!value) {
                return '';
            }
            var name = names && names[value - 1];
            return name ? value + ' \u00b7 ' + name : String(value);
        }

        function severityName(value) {
            return level(state.summary ? state.summary.severityLevels : null, value);
        }

        function probabilityName(value) {
            return level(state.summary ? state.summary.probabilityLevels : null, value);
        }

        function acceptabilityOf(estimate) {
            var matrix = state.summary ? state.summary.acceptability : null;
            if (!estimate || !matrix || !matrix[estimate.severity - 1]) {
                return null;
            }
            return matrix[estimate.severity - 1][estimate.p - 1] || null;
        }

        function accept(value) {
            return value ? R.lozenge(t('acceptability.' + value), value) : '';
        }

        /* Loading */
        function allRisks(offset, rows) {
            return R.request('GET', base + '/risks/register?offset=' + offset + '&limit=' + REGISTER_PAGE)
                .then(function (page) {
                    var all = rows.concat(page.rows || []);
                    return (page.rows || []).length === REGISTER_PAGE ? allRisks(offset + REGISTER_PAGE, all) : all;
                });
        }

        function load() {
            R.clear(messages);
            return Promise.all([
                R.request('GET', base + '/risks/summary').then(function (summary) {
                    state.summary = summary;
                }, function (error) {
                    readFailed('risks/summary', error);
                }),
                R.request('GET', base + '/analysis/hazards').then(function (json) {
                    state.hazards = json.hazards || [];
                }, function (error) {
                    state.hazards = [];
                    readFailed('analysis/hazards', error);
                }),
                allRisks(0, []).then(function (rows) {
                    state.risks = rows;
                }, function (error) {
                    readFailed('risks/register', error);
                })
            ]).then(render);
        }

        function loadCatalogue() {
            if (!form('hazard')) {
                return;
            }
            R.request('GET', base + '/analysis/catalogue').then(function (json) {
                state.catalogue = json.entries || [];
                fillCatalogue();
            }, function (error) {
                readFailed('analysis/catalogue', error);
            });
        }

        /* The tree of hazards, hazardous situations and risks */
        function render() {
            R.clear(tree);
            fillChoices();
            [hazardForm, situationForm, estimateForm].forEach(suggest);
            var bySituation = {};
            state.risks.forEach(function (r) {
                (bySituation[r.situationId] = bySituation[r.situationId] || []).push(r);
            });
            if (state.hazards.length === 0) {
                tree.appendChild(R.el('p', {'class': 'eqms-none'}, t('analysis.no-hazards')));
            }
            var hazards = R.el('ul', {'class': 'eqms-hazards'});
            state.hazards.forEach(function (h) {
                var item = R.el('li', {'class': 'eqms-hazard', 'data-id': h.id}, [
                    R.el('strong', null, h.id + ' ' + h.name), ' ',
                    R.lozenge(t('hazard-category.' + h.category), h.category),
                    h.catalogueCode ? R.el('span', {'class': 'eqms-code'}, ' ' + h.catalogueCode) : '']);
                if (canEdit) {
                    R.append(item, [' ', button(t('analysis.edit'), function () {
                        editHazard(h);
                    }, 'edit-hazard'), button(t('analysis.add-situation'), function () {
                        newSituation(h.id);
                    }, 'add-situation')]);
                }
                if (h.description) {
                    item.appendChild(R.el('div', {'class': 'description'}, h.description));
                }
                var situations = R.el('ul', {'class': 'eqms-situations'});
                (h.situations || []).forEach(function (s) {
                    situations.appendChild(situationItem(s, bySituation[s.id] || []));
                    delete bySituation[s.id];
                });
                item.appendChild(situations);
                hazards.appendChild(item);
            });
            tree.appendChild(hazards);
            var others = [];
            Object.keys(bySituation).forEach(function (id) {
                others = others.concat(bySituation[id]);
            });
            if (others.length) {
                var list = R.el('ul', {'class': 'eqms-risks'});
                others.forEach(function (r) {
                    list.appendChild(riskItem(r));
                });
                R.append(tree, [R.el('h4', null, t('analysis.other-risks')), list]);
            }
        }

        function situationItem(s, risks) {
            var item = R.el('li', {'class': 'eqms-situation', 'data-id': s.id},
                [R.el('strong', null, s.id), ' ' + (s.description || '')]);
            if (canEdit) {
                R.append(item, [' ', button(t('analysis.edit'), function () {
                    editSituation(s);
                }, 'edit-situation'), button(t('analysis.add-risk'), function () {
                    newRisk(s.id);
                }, 'add-risk')]);
            }
            if (s.sequenceOfEvents && s.sequenceOfEvents.length) {
                var steps = R.el('ol', {'class': 'eqms-sequence'});
                s.sequenceOfEvents.forEach(function (step) {
                    steps.appendChild(R.el('li', null, step));
                });
                item.appendChild(steps);
            }
            var list = R.el('ul', {'class': 'eqms-risks'});
            risks.forEach(function (r) {
                list.appendChild(riskItem(r));
            });
            item.appendChild(list);
            return item;
        }

        function riskItem(r) {
            return R.el('li', {'class': 'eqms-risk-item', 'data-id': r.riskId}, [
                R.el('strong', null, r.riskId), ' ' + (r.harm || '') + ' \u2014 ' + t('analysis.initial') + ' ',
                accept(r.initialAcceptability), ' ' + t('analysis.residual') + ' ',
                r.residualAcceptability ? accept(r.residualAcceptability) : t('none'), ' ',
                button(t('analysis.open'), function () {
                    openRisk(r.riskId);
                }, 'open-risk')]);
        }

        /* Choices the forms offer, from what is loaded */
        function situations() {
            var all = [];
            state.hazards.forEach(function (h) {
                (h.situations || []).forEach(function (s) {
                    all.push(s);
                });
            });
            return all;
        }

        function options(select, entries, keepFirst) {
            var current = select.value;
            var first = keepFirst ? select.querySelector('option') : null;
            R.clear(select);
            if (first) {
                select.appendChild(first);
            }
            entries.forEach(function (entry) {
                select.appendChild(R.el('option', {'value': entry[0]}, entry[1]));
            });
            if (current) {
                select.value = current;
            }
        }

        function fillChoices() {
            var hazardEntries = state.hazards.map(function (h) {
                return [h.id, h.id + ' ' + h.name];
            });
            Array.prototype.forEach.call(pane.querySelectorAll('.eqms-hazard-select'), function (select) {
                options(select, hazardEntries);
            });
            var situationEntries = situations().map(function (s) {
                return [s.id, s.id + ' ' + (s.description || '')];
            });
            Array.prototype.forEach.call(pane.querySelectorAll('.eqms-situation-select'), function (select) {
                options(select, situationEntries);
            });
            var severities = ((state.summary && state.summary.severityLevels) || []).map(function (name, i) {
                return [String(i + 1), (i + 1) + ' \u00b7 ' + name];
            });
            var probabilities = ((state.summary && state.summary.probabilityLevels) || []).map(function (name, i) {
                return [String(i + 1), (i + 1) + ' \u00b7 ' + name];
            });
            Array.prototype.forEach.call(pane.querySelectorAll('select.eqms-severity'), function (select) {
                options(select, severities);
            });
            Array.prototype.forEach.call(pane.querySelectorAll('select.eqms-probability'), function (select) {
                options(select, probabilities);
            });
            var introduced = pane.querySelector('.eqms-introduced-hazards');
            if (introduced) {
                var checked = {};
                Array.prototype.forEach.call(introduced.querySelectorAll('input:checked'), function (box) {
                    checked[box.value] = true;
                });
                R.clear(introduced);
                state.hazards.forEach(function (h, i) {
                    var box = R.el('input', {'class': 'checkbox', 'type': 'checkbox', 'value': h.id,
                        'id': 'eqms-introduced-' + i});
                    box.checked = !!checked[h.id];
                    introduced.appendChild(R.el('div', {'class': 'checkbox'},
                        [box, R.el('label', {'for': 'eqms-introduced-' + i}, h.id + ' ' + h.name)]));
                });
                if (state.hazards.length === 0) {
                    introduced.appendChild(R.el('p', {'class': 'description'}, t('analysis.no-hazards')));
                }
            }
        }

        function fillCatalogue() {
            var f = form('hazard');
            if (!f) {
                return;
            }
            var category = field(f, 'category').value;
            options(field(f, 'catalogue'), state.catalogue.filter(function (e) {
                return e.category === category;
            }).map(function (e) {
                return [e.code, e.group + ': ' + e.name + ' (' + e.code + ')'];
            }), true);
        }

        /** The next free id with the prefix (H-1, H-2 …), a suggestion the user may overwrite. */
        function nextId(prefix, ids) {
            var n = ids.length + 1;
            while (ids.indexOf(prefix + n) >= 0) {
                n++;
            }
            return prefix + n;
        }

        /** Puts a fresh suggestion into a new record's id field, unless the user typed an id of their own. */
        function suggest(f) {
            if (!f) {
                return;
            }
            var id = field(f, 'id');
            if (!id.readOnly && (!id.value || id.value === id.getAttribute('data-suggested'))) {
                var kind = f.getAttribute('data-kind');
                var ids = kind === 'hazard' ? state.hazards.map(function (h) {
                    return h.id;
                }) : kind === 'situation' ? situations().map(function (s) {
                    return s.id;
                }) : state.risks.map(function (r) {
                    return r.riskId;
                });
                id.value = nextId({hazard: 'H-', situation: 'HS-', estimate: 'R-'}[kind], ids);
                id.setAttribute('data-suggested', id.value);
            }
        }

        function show(f) {
            R.clear(R.formMessages(f));
            if (f.scrollIntoView) {
                f.scrollIntoView({block: 'nearest'});
            }
        }

        /** Sends a form's call; on success shows the success text and runs then, on error keeps the input. */
        function send(f, call, successText, then) {
            var box = R.formMessages(f);
            R.clear(box);
            return R.busy(f, call).then(function (result) {
                R.message(box, 'success', successText);
                if (then) {
                    then(result);
                }
            }, function (error) {
                R.failure(box, t('error.request'), error);
            });
        }

        function warn(f, text) {
            R.message(R.formMessages(f), 'warning', text);
        }

        /* Hazard form */
        var hazardForm = form('hazard');

        function editHazard(h) {
            var f = hazardForm;
            field(f, 'id').value = h.id;
            field(f, 'id').readOnly = true;
            field(f, 'category').value = h.category;
            fillCatalogue();
            field(f, 'catalogue').value = h.catalogueCode || '';
            field(f, 'catalogueCode').value = h.catalogueCode || '';
            field(f, 'name').value = h.name || '';
            field(f, 'description').value = h.description || '';
            show(f);
            field(f, 'name').focus();
        }

        if (hazardForm) {
            var catalogueName = '';
            field(hazardForm, 'category').addEventListener('change', fillCatalogue);
            field(hazardForm, 'catalogue').addEventListener('change', function () {
                var code = field(hazardForm, 'catalogue').value;
                var entry = state.catalogue.filter(function (e) {
                    return e.code === code;
                })[0];
                var name = field(hazardForm, 'name');
                field(hazardForm, 'catalogueCode').value = entry ? entry.code : '';
                if (entry && (!name.value.trim() || name.value === catalogueName)) {
                    name.value = entry.name;
                    catalogueName = entry.name;
                }
            });
            hazardForm.addEventListener('reset', function () {
                window.setTimeout(function () {
                    field(hazardForm, 'id').readOnly = false;
                    suggest(hazardForm);
                    fillCatalogue();
                }, 0);
            });
            hazardForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var id = field(hazardForm, 'id').value.trim();
                if (!id) {
                    warn(hazardForm, t('analysis.id-required'));
                    return;
                }
                var body = {category: field(hazardForm, 'category').value, name: field(hazardForm, 'name').value.trim(),
                    description: optional(field(hazardForm, 'description').value),
                    catalogueCode: optional(field(hazardForm, 'catalogueCode').value)};
                send(hazardForm, function () {
                    return R.request('PUT', base + '/analysis/hazards/' + encodeURIComponent(id), body);
                }, t('analysis.hazard.saved'), function () {
                    field(hazardForm, 'id').readOnly = true;
                    load();
                });
            });
        }

        /* Hazardous situation form */
        var situationForm = form('situation');
        var steps = situationForm ? R.listEditor(situationForm.querySelector('.eqms-steps'), t('remove')) : null;

        function newSituation(hazardId) {
            var f = situationForm;
            f.reset();
            window.setTimeout(function () {
                field(f, 'hazardId').value = hazardId;
                show(f);
                field(f, 'description').focus();
            }, 0);
        }

        function editSituation(s) {
            var f = situationForm;
            field(f, 'id').value = s.id;
            field(f, 'id').readOnly = true;
            field(f, 'hazardId').value = s.hazardId;
            steps.set(s.sequenceOfEvents || []);
            field(f, 'description').value = s.description || '';
            show(f);
            field(f, 'description').focus();
        }

        if (situationForm) {
            situationForm.querySelector('.eqms-add-entry').addEventListener('click', function () {
                steps.add('').focus();
            });
            situationForm.addEventListener('reset', function () {
                window.setTimeout(function () {
                    field(situationForm, 'id').readOnly = false;
                    suggest(situationForm);
                    steps.set(['']);
                }, 0);
            });
            situationForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var id = field(situationForm, 'id').value.trim();
                if (!id) {
                    warn(situationForm, t('analysis.id-required'));
                    return;
                }
                var body = {hazardId: field(situationForm, 'hazardId').value, sequenceOfEvents: steps.values(),
                    description: field(situationForm, 'description').value.trim()};
                send(situationForm, function () {
                    return R.request('PUT', base + '/analysis/situations/' + encodeURIComponent(id), body);
                }, t('analysis.situation.saved'), function () {
                    field(situationForm, 'id').readOnly = true;
                    load();
                });
            });
        }

        /* Risk estimate form */
        var estimateForm = form('estimate');

        function newRisk(situationId) {
            var f = estimateForm;
            f.reset();
            window.setTimeout(function () {
                field(f, 'situationId').value = situationId;
                show(f);
                field(f, 'harm').focus();
            }, 0);
        }

        /** The estimate form for an existing risk: only the estimate changes (situation and harm stay). */
        function reEstimate(risk) {
            var f = estimateForm;
            field(f, 'id').value = risk.id;
            field(f, 'id').readOnly = true;
            field(f, 'situationId').value = risk.situationId;
            field(f, 'situationId').disabled = true;
            field(f, 'harm').value = risk.harm || '';
            field(f, 'harm').readOnly = true;
            setLevels(f, risk.initial);
            show(f);
            field(f, 'p1').focus();
        }

        function levels(f) {
            return {p1: parseInt(field(f, 'p1').value, 10), p2: parseInt(field(f, 'p2').value, 10),
                severity: parseInt(field(f, 'severity').value, 10)};
        }

        function setLevels(f, estimate) {
            if (estimate) {
                field(f, 'p1').value = String(estimate.p1);
                field(f, 'p2').value = String(estimate.p2);
                field(f, 'severity').value = String(estimate.severity);
            }
        }

        if (estimateForm) {
            estimateForm.addEventListener('reset', function () {
                window.setTimeout(function () {
                    field(estimateForm, 'id').readOnly = false;
                    field(estimateForm, 'situationId').disabled = false;
                    field(estimateForm, 'harm').readOnly = false;
                    suggest(estimateForm);
                }, 0);
            });
            estimateForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var id = field(estimateForm, 'id').value.trim();
                if (!id) {
                    warn(estimateForm, t('analysis.id-required'));
                    return;
                }
                if (!state.summary) {
                    warn(estimateForm, t('analysis.no-scales'));
                    return;
                }
                var body = levels(estimateForm);
                body.situationId = field(estimateForm, 'situationId').value;
                body.harm = field(estimateForm, 'harm').value.trim();
                send(estimateForm, function () {
                    return R.request('PUT', base + '/analysis/risks/' + encodeURIComponent(id), body);
                }, t('analysis.risk.saved'), function (risk) {
                    field(estimateForm, 'id').readOnly = true;
                    showRisk(risk);
                    load();
                });
            });
        }

        /* One risk: its estimates, controls, verifications, residual risk and benefit-risk analysis */
        function openRisk(riskId) {
            R.request('GET', base + '/analysis/risks/' + encodeURIComponent(riskId)).then(showRisk, function (error) {
                readFailed('analysis/risks/' + riskId, error);
            });
        }

        function estimateText(estimate) {
            if (!estimate) {
                return t('none');
            }
            return t('analysis.estimate', severityName(estimate.severity), probabilityName(estimate.p1),
                probabilityName(estimate.p2), probabilityName(estimate.p));
        }

        function showRisk(risk) {
            state.risk = risk;
            detail.hidden = false;
            R.clear(detail.querySelector('.eqms-risk-detail-id'));
            detail.querySelector('.eqms-risk-detail-id').appendChild(document.createTextNode(risk.id));
            var facts = detail.querySelector('.eqms-risk-facts');
            R.clear(facts);
            var residualAcceptability = acceptabilityOf(risk.residual);
            [[t('register.hazard'), risk.hazardId], [t('register.situation'), risk.situationId],
                [t('register.harm'), risk.harm || ''],
                [t('analysis.initial'), [estimateText(risk.initial), ' ', accept(acceptabilityOf(risk.initial))]],
                [t('analysis.residual'), [estimateText(risk.residual), ' ', accept(residualAcceptability)]],
                [t('analysis.benefit.heading'), risk.benefitRisk ? t('analysis.benefit.recorded',
                    risk.benefitRisk.reference, risk.benefitRisk.benefitsOutweighResidualRisk ? t('yes') : t('no'))
                    : t('none')]].forEach(function (pair) {
                facts.appendChild(R.el('dt', null, pair[0]));
                facts.appendChild(R.el('dd', null, pair[1]));
            });
            var body = detail.querySelector('.eqms-controls tbody');
            R.clear(body);
            var controls = risk.controls || [];
            if (controls.length === 0) {
                body.appendChild(R.row([t('analysis.control.none')]));
            }
            controls.forEach(function (c) {
                var verifications = R.el('ul', {'class': 'eqms-linked'});
                (c.verifications || []).forEach(function (v) {
                    verifications.appendChild(R.el('li', null, [v.itemId + ' ' + t('verification-purpose.' + v.purpose)
                        + ' ', R.lozenge(t('verification.' + v.status), v.status)]));
                });
                var documents = R.el('ul', {'class': 'eqms-linked'});
                (c.documentReferences || []).forEach(function (d) {
                    var label = d.number + (d.title ? ' ' + d.title : '');
                    documents.appendChild(R.el('li', null, d.resolved && /^https?:\/\//i.test(d.url || '')
                        ? R.el('a', {'href': d.url}, label) : [label, ' ', R.lozenge(t('analysis.control.unresolved'),
                            'UNRESOLVED')]));
                });
                body.appendChild(R.row([c.id, t('control-option.' + c.option), c.description, verifications,
                    c.newHazardsReviewed ? t('yes') : t('no'), documents], {'data-id': c.id}));
            });
            var controlEntries = controls.map(function (c) {
                return [c.id, c.id + ' ' + c.description];
            });
            Array.prototype.forEach.call(detail.querySelectorAll('.eqms-control-select'), function (select) {
                options(select, controlEntries);
            });
            var residualForm = form('residual');
            if (residualForm) {
                setLevels(residualForm, risk.residual || risk.initial);
            }
            var benefitForm = form('benefit');
            if (benefitForm) {
                benefitForm.hidden = !risk.residual || residualAcceptability === 'ACCEPTABLE';
            }
            if (estimateForm) {
                var again = button(t('analysis.re-estimate'), function () {
                    reEstimate(risk);
                }, 're-estimate');
                facts.querySelector('dd:nth-of-type(4)').appendChild(again);
            }
            skippedHint();
        }

        /* §7.1: the higher options this risk does not use yet, for the chosen option (the select is in §7.1 order). */
        var controlForm = form('control');

        function skippedOptions() {
            var select = field(controlForm, 'option');
            var used = {};
            ((state.risk && state.risk.controls) || []).forEach(function (c) {
                used[c.option] = true;
            });
            var skipped = [];
            for (var i = 0; i < select.options.length && select.options[i].value !== select.value; i++) {
                if (!used[select.options[i].value]) {
                    skipped.push(select.options[i].text);
                }
            }
            return skipped;
        }

        function skippedHint() {
            if (!controlForm) {
                return;
            }
            var hint = controlForm.querySelector('.eqms-skipped');
            R.clear(hint);
            var skipped = skippedOptions();
            if (skipped.length) {
                hint.appendChild(document.createTextNode(t('analysis.control.skipped', skipped.join('; '))));
            }
        }

        function withRisk(f, path, method, body, successText) {
            if (!state.risk) {
                warn(f, t('analysis.open-first'));
                return;
            }
            send(f, function () {
                return R.request(method, base + '/analysis/risks/' + encodeURIComponent(state.risk.id) + path, body);
            }, successText, function (risk) {
                showRisk(risk);
                load();
            });
        }

        function controlPath(f) {
            var controlId = field(f, 'controlId').value;
            return controlId ? '/controls/' + encodeURIComponent(controlId) : null;
        }

        if (controlForm) {
            field(controlForm, 'option').addEventListener('change', skippedHint);
            controlForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var id = field(controlForm, 'id').value.trim();
                if (!id) {
                    warn(controlForm, t('analysis.id-required'));
                    return;
                }
                var justification = optional(field(controlForm, 'justification').value);
                if (skippedOptions().length && !justification) {
                    warn(controlForm, t('analysis.control.justification-required'));
                    return;
                }
                var documents = field(controlForm, 'documentReferences').value.split(/[\s,]+/).filter(function (n) {
                    return n.length > 0;
                });
                withRisk(controlForm, '/controls', 'POST', {id: id, description: field(controlForm, 'description').value.trim(),
                    option: field(controlForm, 'option').value, justification: justification,
                    documentReferences: documents}, t('analysis.control.added'));
            });
        }

        var verificationForm = form('verification');
        if (verificationForm) {
            verificationForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var path = controlPath(verificationForm);
                if (!path) {
                    warn(verificationForm, t('analysis.control.none'));
                    return;
                }
                withRisk(verificationForm, path + '/verifications', 'POST', {
                    itemId: field(verificationForm, 'itemId').value.trim(),
                    purpose: field(verificationForm, 'purpose').value, status: field(verificationForm, 'status').value
                }, t('analysis.verification.added'));
            });
        }

        var reviewForm = form('review');
        if (reviewForm) {
            reviewForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var path = controlPath(reviewForm);
                if (!path) {
                    warn(reviewForm, t('analysis.control.none'));
                    return;
                }
                var introduced = Array.prototype.map.call(reviewForm.querySelectorAll('.eqms-introduced-hazards input:checked'),
                    function (box) {
                        return box.value;
                    });
                withRisk(reviewForm, path + '/new-hazards-review', 'PUT', {introducedHazardIds: introduced,
                    note: field(reviewForm, 'note').value.trim()}, t('analysis.review.saved'));
            });
        }

        var residualForm = form('residual');
        if (residualForm) {
            residualForm.addEventListener('submit', function (event) {
                event.preventDefault();
                withRisk(residualForm, '/residual', 'PUT', levels(residualForm), t('analysis.residual.saved'));
            });
        }

        var benefitForm = form('benefit');
        if (benefitForm) {
            benefitForm.addEventListener('submit', function (event) {
                event.preventDefault();
                withRisk(benefitForm, '/benefit-risk', 'PUT', {reference: field(benefitForm, 'reference').value.trim(),
                    rationale: field(benefitForm, 'rationale').value.trim(),
                    benefitsOutweighResidualRisk: field(benefitForm, 'benefitsOutweighResidualRisk').checked},
                t('analysis.benefit.saved'));
            });
        }

        [hazardForm, situationForm, estimateForm].forEach(function (f) {
            if (f) {
                f.reset();
            }
        });
        loadCatalogue();
        load();
    }

    R.tab('analysis', init);
}(window, document));
