/*
 * Project page, "Report" tab: the risk management review and report (ISO 14971 §8, §9).
 * GET /rest/eqms-risk/1.0/projects/{key}/risks/report gives {latest: {version, status, intact, contentHash, content,
 * signatures:[{signer, meaning, time, reason, …}]} | null, versions:[{version, status, contentHash, intact, concludedAt,
 * signatures}]} where content is the report's canonical form (docs/formats.md §12.1); each version's PDF is
 * GET …/risks/report/report.pdf?version=n. Project administrators conclude the review with
 * POST …/risks/report/review {method, acceptable, rationale, benefitRiskReference, disclosureReference,
 * productionInformationMethods} (409 plan_not_approved or open_gaps are shown with their message and hint).
 * The latest version, while intact and not approved, is signed Reviewed (status CONCLUDED), then Approved (status
 * REVIEWED): POST …/risks/report/challenge, then …/risks/report/sign through EqmsRisk.signingDialog. Whether the caller
 * may sign is the server's decision (its signing roles); its refusal shows in the dialog.
 */
(function (window, document) {
    'use strict';
    var R = window.EqmsRisk;

    function init(root) {
        var t = R.texts(root);
        var base = R.projectBase(root);
        var pane = root.querySelector('#eqms-tab-report');
        var messages = pane.querySelector('.eqms-report-messages');
        var view = pane.querySelector('.eqms-report-view');
        var versions = pane.querySelector('.eqms-report-versions tbody');
        var sign = pane.querySelector('.eqms-report-sign');
        var form = pane.querySelector('.eqms-report-form');
        var state = {latest: null};

        function yesNo(value) {
            return value ? t('yes') : t('no');
        }

        function status(value) {
            return R.lozenge(t('report-status.' + value), value === 'APPROVED' ? 'PASSED'
                : value === 'SUPERSEDED' ? 'NOT_EVALUATED' : 'OPEN');
        }

        function pdfUrl(version) {
            return base + '/risks/report/report.pdf?version=' + encodeURIComponent(version);
        }

        /** The meaning the latest version is signed with next, or null when it cannot be signed any more. */
        function nextMeaning(latest) {
            if (!latest || !latest.intact) {
                return null;
            }
            if (latest.status === 'CONCLUDED') {
                return pane.getAttribute('data-reviewed-meaning');
            }
            if (latest.status === 'REVIEWED') {
                return pane.getAttribute('data-approved-meaning');
            }
            return null;
        }

        function load() {
            return R.request('GET', base + '/risks/report').then(function (json) {
                state.latest = json.latest || null;
                latest(state.latest);
                list(json.versions || []);
            }, function (error) {
                if (error && error.status === 404) {
                    R.message(messages, 'warning', t('analysis.read-unavailable', 'risks/report'), error.message,
                        error.hint);
                } else {
                    R.failure(messages, t('error.request'), error);
                }
            });
        }

        function latest(report) {
            R.clear(view);
            var meaning = nextMeaning(report);
            sign.hidden = !meaning;
            R.clear(sign);
            if (meaning) {
                R.append(sign, t('report.sign', meaning));
            }
            if (!report) {
                view.appendChild(R.el('p', {'class': 'eqms-none'}, t('report.none')));
                return;
            }
            var c = report.content || {};
            var overall = c.overallResidualRisk || {};
            var summary = c.summary || {};
            var dl = R.el('dl', {'class': 'eqms-summary'});
            function fact(label, value) {
                dl.appendChild(R.el('dt', null, label));
                dl.appendChild(R.el('dd', null, value === undefined || value === null ? '' : value));
            }
            fact(t('report.version'), String(report.version));
            fact(t('report.status'), status(report.status));
            fact(t('report.intact'), report.intact ? yesNo(true)
                : R.lozenge(t('report.not-intact'), 'FAILED'));
            fact(t('report.hash'), R.el('span', {'class': 'eqms-hash'}, report.contentHash));
            fact(t('report.plan'), t('report.plan-version', c.planVersion, c.planContentHash));
            ['risks', 'acceptable', 'alarp', 'unacceptable', 'notEstimated', 'withBenefitRisk',
                'flaggedForReevaluation', 'gaps'].forEach(function (key) {
                fact(t('summary.' + key), String(summary[key] === undefined ? '' : summary[key]));
            });
            fact(t('report.method'), overall.method);
            fact(t('report.acceptable'), R.lozenge(yesNo(overall.acceptable),
                overall.acceptable ? 'ACCEPTABLE' : 'UNACCEPTABLE'));
            fact(t('report.rationale'), overall.rationale);
            fact(t('report.benefit-risk'), overall.benefitRiskReference || t('none'));
            fact(t('report.disclosure'), overall.disclosureReference || t('none'));
            fact(t('report.evaluated'), t('report.by-at', overall.evaluatorKey, overall.evaluatedAt));
            fact(t('report.production-methods'), c.productionInformationMethods);
            fact(t('report.concluded'), t('report.by-at', c.reviewerKey, c.concludedAt));
            var signatures = R.el('ul', {'class': 'eqms-report-signatures'});
            (report.signatures || []).forEach(function (s) {
                var item = R.el('li', null, t('report.signature', s.signer, s.meaning, s.time));
                if (s.reason) {
                    R.append(item, [R.el('br'), t('report.reason', s.reason)]);
                }
                signatures.appendChild(item);
            });
            fact(t('report.signatures'), (report.signatures || []).length ? signatures : t('report.no-signatures'));
            fact(t('report.pdf'), R.el('a', {'href': pdfUrl(report.version), 'class': 'eqms-report-pdf'},
                t('report.download', report.version)));
            view.appendChild(dl);
        }

        function list(all) {
            R.clear(versions);
            if (all.length === 0) {
                versions.appendChild(R.row([t('report.none')]));
                return;
            }
            all.slice().reverse().forEach(function (v) {
                versions.appendChild(R.row([String(v.version), status(v.status), v.concludedAt,
                    R.el('span', {'class': 'eqms-hash'}, v.contentHash), yesNo(v.intact), String(v.signatures),
                    R.el('a', {'href': pdfUrl(v.version)}, t('report.download', v.version))]));
            });
        }

        sign.addEventListener('click', function () {
            var report = state.latest;
            var meaning = nextMeaning(report);
            if (!meaning) {
                return;
            }
            R.signingDialog.open({t: t, challengeUrl: base + '/risks/report/challenge',
                signUrl: base + '/risks/report/sign', meanings: [meaning],
                facts: function (challenge) {
                    return [[t('sign.object'), t('report.signed-object', root.getAttribute('data-project-key'),
                        challenge.version)], [t('report.hash'), challenge.contentHash],
                        [t('sign.expires'), challenge.expiresAt]];
                },
                onSigned: function (signed) {
                    R.message(messages, 'success', t('report.signed', signed.version,
                        t('report-status.' + signed.status)));
                    load();
                }});
        });

        if (form) {
            var benefit = form.querySelector('[name="benefitRiskReference"]');
            var required = form.querySelector('.eqms-benefit-reference .eqms-required');

            function acceptable() {
                var checked = form.querySelector('[name="acceptable"]:checked');
                return checked ? checked.value === 'true' : null;
            }

            /* The server needs the benefit-risk reference when the overall residual risk is not acceptable. */
            function benefitRequired() {
                var needed = acceptable() === false;
                required.hidden = !needed;
                benefit.setAttribute('aria-required', needed ? 'true' : 'false');
                benefit.setAttribute('placeholder', needed ? t('report.benefit-required') : '');
            }

            function text(name) {
                var value = form.querySelector('[name="' + name + '"]').value.trim();
                return value ? value : null;
            }

            Array.prototype.forEach.call(form.querySelectorAll('[name="acceptable"]'), function (radio) {
                radio.addEventListener('change', benefitRequired);
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var box = R.formMessages(form);
                R.clear(box);
                var json = {method: text('method'), acceptable: acceptable(), rationale: text('rationale'),
                    benefitRiskReference: text('benefitRiskReference'),
                    disclosureReference: text('disclosureReference'),
                    productionInformationMethods: text('productionInformationMethods')};
                R.busy(form, function () {
                    return R.request('POST', base + '/risks/report/review', json);
                }).then(function (report) {
                    form.reset();
                    benefitRequired();
                    R.message(box, 'success', t('report.concluded-version', report.version));
                    load();
                }, function (error) {
                    R.failure(box, t('report.not-concluded'), error);
                });
            });
            benefitRequired();
        }
        load();
    }

    R.tab('report', init);
}(window, document));
