/*
 * Project page, "Post-production" tab: production and post-production information (ISO 14971 §10). Reads from
 * /rest/eqms-risk/1.0/projects/{key}:
 *   GET analysis/production-information?offset&limit ({information:[{id, source, summary, hazardIds, receivedAt}]}),
 *   GET analysis/hazards (the hazards the information may concern), GET risks/register (every page; the rows
 *   flaggedForReevaluation with its reevaluationReasons).
 * Writes (editors): POST analysis/production-information {id, source, summary, hazardIds, receivedAt (RFC 3339 UTC)},
 *   answered {information, flaggedRiskIds}; PUT analysis/risks/{riskId}/reevaluated {rationale} clears a risk's flags.
 * Each form shows its call's result or the server's error (message and hint), keeps its input on an error and
 * disables its buttons while the call runs.
 */
(function (window, document) {
    'use strict';
    var R = window.EqmsRisk;
    var PAGE = 1000;

    function init(root) {
        var t = R.texts(root);
        var base = R.projectBase(root);
        var pane = root.querySelector('#eqms-tab-production');
        var messages = pane.querySelector('.eqms-production-messages');
        var list = pane.querySelector('.eqms-information-list tbody');
        var flaggedBody = pane.querySelector('.eqms-flagged-risks tbody');
        var form = pane.querySelector('.eqms-production-form');
        var clearForm = pane.querySelector('.eqms-reevaluated-form');
        var pageSize = parseInt(root.getAttribute('data-page-size'), 10) || 50;
        var state = {offset: 0};

        function readFailed(what, error) {
            if (error && error.status === 404) {
                R.message(messages, 'warning', t('analysis.read-unavailable', what), error.message, error.hint);
            } else {
                R.failure(messages, t('error.request'), error);
            }
        }

        function field(f, name) {
            return f.querySelector('[name="' + name + '"]');
        }

        /* The information recorded, a page at a time */
        function information(offset) {
            return R.request('GET', base + '/analysis/production-information?offset=' + offset + '&limit=' + pageSize)
                .then(function (json) {
                    state.offset = offset;
                    var items = json.information || [];
                    R.clear(list);
                    if (items.length === 0 && offset === 0) {
                        list.appendChild(R.row([t('production.empty')]));
                    }
                    items.forEach(function (i) {
                        list.appendChild(R.row([i.id, t('information-source.' + i.source), i.receivedAt,
                            (i.hazardIds || []).join(', '), i.summary]));
                    });
                    R.pager(pane.querySelector('.eqms-pager[data-for="production"]'), t, pageSize, offset, items.length,
                        null, items.length === pageSize, information);
                }, function (error) {
                    readFailed('analysis/production-information', error);
                });
        }

        /* The risks flagged for re-evaluation, with the reasons they were flagged for */
        function registerRows(offset, rows) {
            return R.request('GET', base + '/risks/register?offset=' + offset + '&limit=' + PAGE).then(function (json) {
                var all = rows.concat(json.rows || []);
                return (json.rows || []).length === PAGE ? registerRows(offset + PAGE, all) : all;
            });
        }

        function flagged() {
            return registerRows(0, []).then(function (rows) {
                var risks = rows.filter(function (r) {
                    return r.flaggedForReevaluation;
                });
                return risks.map(function (r) {
                    return {row: r, reasons: r.reevaluationReasons || []};
                });
            }).then(showFlagged, function (error) {
                readFailed('risks/register', error);
            });
        }

        function showFlagged(entries) {
            R.clear(flaggedBody);
            if (entries.length === 0) {
                flaggedBody.appendChild(R.row([t('production.none-flagged')]));
            }
            entries.forEach(function (entry) {
                var r = entry.row;
                var reasons = R.el('ul', {'class': 'eqms-reasons'});
                entry.reasons.forEach(function (reason) {
                    reasons.appendChild(R.el('li', null, reason));
                });
                var cells = [r.riskId, r.hazardId, r.situationId, r.harm || '', reasons];
                if (clearForm) {
                    var choose = R.el('button', {'type': 'button', 'class': 'aui-button aui-button-link eqms-choose-flagged'},
                        t('production.choose'));
                    choose.addEventListener('click', function () {
                        field(clearForm, 'riskId').value = r.riskId;
                        field(clearForm, 'rationale').focus();
                    });
                    cells.push(choose);
                }
                flaggedBody.appendChild(R.row(cells, {'data-risk-id': r.riskId}));
            });
            if (clearForm) {
                var select = field(clearForm, 'riskId');
                var chosen = select.value;
                R.clear(select);
                entries.forEach(function (entry) {
                    select.appendChild(R.el('option', {'value': entry.row.riskId}, entry.row.riskId));
                });
                if (chosen) {
                    select.value = chosen;
                }
            }
        }

        /* Recording information (editors) */
        function hazards(offset) {
            return R.request('GET', base + '/analysis/hazards?offset=' + offset + '&limit=' + PAGE).then(function (json) {
                var select = field(form, 'hazardIds');
                (json.hazards || []).forEach(function (h) {
                    select.appendChild(R.el('option', {'value': h.id}, h.id + ' \u2014 ' + h.name));
                });
                return (json.hazards || []).length === PAGE ? hazards(offset + PAGE) : null;
            });
        }

        /** The datetime-local value (the browser's local time) as an RFC 3339 UTC time; anything else as typed. */
        function utc(value) {
            if (!value) {
                return null;
            }
            var time = new Date(value);
            return isNaN(time.getTime()) ? value : time.toISOString();
        }

        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var box = R.formMessages(form);
                R.clear(box);
                var json = {id: field(form, 'id').value.trim(), source: field(form, 'source').value,
                    summary: field(form, 'summary').value.trim(),
                    hazardIds: Array.prototype.filter.call(field(form, 'hazardIds').options, function (o) {
                        return o.selected;
                    }).map(function (o) {
                        return o.value;
                    }), receivedAt: utc(field(form, 'receivedAt').value)};
                R.busy(form, function () {
                    return R.request('POST', base + '/analysis/production-information', json);
                }).then(function (answer) {
                    var ids = answer.flaggedRiskIds || [];
                    R.message(box, 'success', t('production.recorded', answer.information.id),
                        ids.length ? t('production.flagged-now', ids.join(', ')) : t('production.flagged-none'));
                    form.reset();
                    information(0);
                    flagged();
                }, function (error) {
                    R.failure(box, t('error.request'), error);
                });
            });
            hazards(0).then(function () {
                if (!field(form, 'hazardIds').options.length) {
                    R.message(R.formMessages(form), 'info', t('production.no-hazards'));
                }
            }, function (error) {
                readFailed('analysis/hazards', error);
            });
        }

        if (clearForm) {
            clearForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var box = R.formMessages(clearForm);
                R.clear(box);
                var riskId = field(clearForm, 'riskId').value;
                if (!riskId) {
                    R.message(box, 'warning', t('production.choose-risk'));
                    return;
                }
                var json = {rationale: field(clearForm, 'rationale').value.trim()};
                R.busy(clearForm, function () {
                    return R.request('PUT', base + '/analysis/risks/' + encodeURIComponent(riskId) + '/reevaluated', json);
                }).then(function (risk) {
                    field(clearForm, 'rationale').value = '';
                    R.message(box, 'success', t('production.cleared', risk.id));
                    flagged();
                }, function (error) {
                    R.failure(box, t('error.request'), error);
                });
            });
        }
        information(0);
        flagged();
    }

    R.tab('production', init);
}(window, document));
