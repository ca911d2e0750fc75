/*
 * Project page, "FMEA" tab: FMEA as a second risk analysis method next to ISO 14971's P1 × P2. Reads
 * GET /rest/eqms-risk/1.0/projects/{key}/risks/fmea?offset&limit (only the rated risks, action priority HIGH first,
 * then the higher RPN: {rows:[{riskId, hazardId, situationId, harm, severity, occurrence, detection, rpn,
 * actionPriority}]}) and, for the rating form's risk list, the register's risk ids. Editors rate a risk with
 * PUT …/analysis/risks/{riskId}/fmea {severity, occurrence, detection} (each 1 to 10). The form shows the server's
 * message and hint on an error and keeps its input.
 */
(function (window, document) {
    'use strict';
    var R = window.EqmsRisk;
    var REGISTER_PAGE = 1000;

    function init(root) {
        var t = R.texts(root);
        var base = R.projectBase(root);
        var pane = root.querySelector('#eqms-tab-fmea');
        var messages = pane.querySelector('.eqms-fmea-messages');
        var body = pane.querySelector('.eqms-fmea tbody');
        var form = pane.querySelector('.eqms-fmea-form');
        var pageSize = parseInt(root.getAttribute('data-page-size'), 10) || 50;
        var state = {offset: 0};

        function field(name) {
            return form.querySelector('[name="' + name + '"]');
        }

        function failed(what, error) {
            if (error && error.status === 404) {
                R.message(messages, 'warning', t('analysis.read-unavailable', what), error.message, error.hint);
            } else {
                R.failure(messages, t('error.request'), error);
            }
        }

        function page(offset) {
            return R.request('GET', base + '/risks/fmea?offset=' + offset + '&limit=' + pageSize).then(function (json) {
                state.offset = offset;
                var rows = json.rows || [];
                R.clear(body);
                if (rows.length === 0 && offset === 0) {
                    body.appendChild(R.row([t('fmea.empty')]));
                }
                rows.forEach(function (r) {
                    var cells = [r.riskId, r.hazardId, r.situationId, r.harm || '', String(r.severity),
                        String(r.occurrence), String(r.detection), String(r.rpn),
                        R.lozenge(t('priority.' + r.actionPriority), r.actionPriority)];
                    if (form) {
                        var rate = R.el('button', {'type': 'button', 'class': 'aui-button aui-button-link eqms-fmea-rate'},
                            t('fmea.rate'));
                        rate.addEventListener('click', function () {
                            fill(r);
                        });
                        cells.push(rate);
                    }
                    body.appendChild(R.row(cells, {'data-risk-id': r.riskId}));
                });
                R.pager(pane.querySelector('.eqms-pager[data-for="fmea"]'), t, pageSize, offset, rows.length, null,
                    rows.length === pageSize, page);
            }, function (error) {
                failed('risks/fmea', error);
            });
        }

        if (!form) {
            page(0);
            return;
        }

        /* The rating form (editors) */
        function fill(r) {
            field('riskId').value = r.riskId;
            field('severity').value = String(r.severity);
            field('occurrence').value = String(r.occurrence);
            field('detection').value = String(r.detection);
            field('severity').focus();
        }

        function riskIds(offset) {
            return R.request('GET', base + '/risks/register?offset=' + offset + '&limit=' + REGISTER_PAGE)
                .then(function (json) {
                    var list = pane.querySelector('#eqms-fmea-risks');
                    (json.rows || []).forEach(function (r) {
                        list.appendChild(R.el('option', {'value': r.riskId}, r.harm || r.riskId));
                    });
                    return (json.rows || []).length === REGISTER_PAGE ? riskIds(offset + REGISTER_PAGE) : null;
                });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var box = R.formMessages(form);
            R.clear(box);
            var riskId = field('riskId').value.trim();
            if (!riskId) {
                R.message(box, 'warning', t('fmea.risk-required'));
                return;
            }
            var json = {severity: parseInt(field('severity').value, 10),
                occurrence: parseInt(field('occurrence').value, 10), detection: parseInt(field('detection').value, 10)};
            R.busy(form, function () {
                return R.request('PUT', base + '/analysis/risks/' + encodeURIComponent(riskId) + '/fmea', json);
            }).then(function (risk) {
                var fmea = risk.fmea || {};
                R.message(box, 'success', t('fmea.saved', risk.id, fmea.rpn, t('priority.' + fmea.actionPriority)));
                page(state.offset);
            }, function (error) {
                R.failure(box, t('error.request'), error);
            });
        });
        riskIds(0).then(null, function (error) {
            failed('risks/register', error);
        });
        page(0);
    }

    R.tab('fmea', init);
}(window, document));
