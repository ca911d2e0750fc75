/*
 * Project page of the risk file and the trace. Each tab loads when first opened, from /rest/eqms-risk/1.0/projects/{key}:
 * risks/register (paged), risks/summary (counts and heat maps), matrix (paged, filtered), gaps, suspects (with
 * re-review), baselines (list, take, diff) and soup/preview + soup/import (the SBOM file's text as the body). Tabs
 * of other scripts (risk-analysis.js, risk-plan.js) register with EqmsRisk.tab and start when first shown.
 * Errors show the server's message and hint. Changing calls are refused by the server without Edit Issues.
 */
(function (window, document) {
    'use strict';
    var R = window.EqmsRisk;

    function init(root) {
        var t = R.texts(root);
        var base = R.projectBase(root);
        var messages = root.querySelector('.eqms-messages');
        var canEdit = root.getAttribute('data-can-edit') === 'true';
        var pageSize = parseInt(root.getAttribute('data-page-size'), 10) || 50;
        var loaded = {};

        function fail(error) {
            R.failure(messages, t('error.request'), error);
        }

        function yesNo(value) {
            return value ? t('yes') : t('no');
        }

        function pager(name, offset, shown, total, hasMore, go) {
            R.pager(root.querySelector('.eqms-pager[data-for="' + name + '"]'), t, pageSize, offset, shown, total,
                hasMore, go);
        }

        /* Risk register */
        function register(offset) {
            var body = root.querySelector('.eqms-register tbody');
            R.request('GET', base + '/risks/register?offset=' + offset + '&limit=' + pageSize).then(function (page) {
                R.clear(body);
                var rows = page.rows || [];
                if (rows.length === 0 && offset === 0) {
                    body.appendChild(R.row([t('register.empty')]));
                }
                rows.forEach(function (r) {
                    body.appendChild(R.row([r.riskId, r.hazardId, r.situationId, r.harm,
                        sp(r.initialSeverity, r.initialProbability), accept(r.initialAcceptability),
                        r.controlsVerified + ' / ' + r.controls, sp(r.residualSeverity, r.residualProbability),
                        accept(r.residualAcceptability), yesNo(r.benefitRiskRecorded), yesNo(r.flaggedForReevaluation),
                        r.rpn === null || r.rpn === undefined ? '' : String(r.rpn),
                        r.actionPriority ? R.lozenge(t('priority.' + r.actionPriority), r.actionPriority) : '']));
                });
                pager('register', offset, rows.length, null, rows.length === pageSize, register);
            }, fail);
        }

        function sp(s, p) {
            return s === null || s === undefined || s === 0 ? '' : s + ' / ' + p;
        }

        function accept(value) {
            return value ? R.lozenge(t('acceptability.' + value), value) : '';
        }

        /* Heat map */
        function heatmap() {
            R.request('GET', base + '/risks/summary').then(function (summary) {
                var dl = root.querySelector('.eqms-summary');
                R.clear(dl);
                ['risks', 'acceptable', 'alarp', 'unacceptable', 'notEstimated', 'withBenefitRisk',
                    'flaggedForReevaluation', 'gaps'].forEach(function (name) {
                    dl.appendChild(R.el('dt', null, t('summary.' + name)));
                    dl.appendChild(R.el('dd', {'data-name': name}, String(summary[name])));
                });
                ['initial', 'residual'].forEach(function (which) {
                    var holder = root.querySelector('.eqms-heatmap[data-which="' + which + '"]');
                    var old = holder.querySelector('table');
                    if (old) {
                        holder.removeChild(old);
                    }
                    holder.appendChild(heat(summary, summary[which] || []));
                });
            }, fail);
        }

        function heat(summary, counts) {
            var severities = summary.severityLevels || [];
            var probabilities = summary.probabilityLevels || [];
            var table = R.el('table', {'class': 'eqms-heat'});
            var head = R.el('tr', null, R.el('th', null, t('heatmap.severity') + ' \\ ' + t('heatmap.probability')));
            probabilities.forEach(function (p) {
                head.appendChild(R.el('th', null, p));
            });
            table.appendChild(head);
            for (var s = severities.length - 1; s >= 0; s--) {
                var tr = R.el('tr', null, R.el('th', null, severities[s]));
                for (var p = 0; p < probabilities.length; p++) {
                    var acceptability = (summary.acceptability[s] || [])[p];
                    var count = (counts[s] || [])[p] || 0;
                    tr.appendChild(R.el('td', {'class': 'eqms-acc-' + acceptability + ' eqms-heat-count-' + (count ? 'n' : '0'),
                        'title': t('acceptability.' + acceptability)}, String(count)));
                }
                table.appendChild(tr);
            }
            return table;
        }

        /* Trace matrix */
        var filter = root.querySelector('.eqms-matrix-filter');

        function matrix(offset) {
            var body = root.querySelector('.eqms-matrix tbody');
            var coverage = Array.prototype.filter.call(filter.querySelectorAll('.eqms-coverage'), function (box) {
                return box.checked;
            }).map(function (box) {
                return box.value;
            });
            var query = '?role=' + encodeURIComponent(filter.querySelector('[name="role"]').value) + '&offset=' + offset
                + '&limit=' + pageSize;
            var text = filter.querySelector('[name="text"]').value.trim();
            if (text) {
                query += '&text=' + encodeURIComponent(text);
            }
            if (coverage.length) {
                query += '&coverage=' + encodeURIComponent(coverage.join(','));
            }
            if (filter.querySelector('[name="suspectOnly"]').checked) {
                query += '&suspectOnly=true';
            }
            R.request('GET', base + '/matrix' + query).then(function (page) {
                R.clear(body);
                var rows = page.rows || [];
                if (rows.length === 0) {
                    body.appendChild(R.row([t('matrix.empty')]));
                }
                rows.forEach(function (r) {
                    body.appendChild(R.row([issueLink(r.item.key), r.item.title,
                        r.coverage ? R.lozenge(t('coverage.' + r.coverage), r.coverage) : '',
                        linked(r.upstream), linked(r.downstream), r.suspect ? t('yes') : '']));
                });
                pager('matrix', offset, rows.length, page.total, page.hasMore, matrix);
            }, fail);
        }

        function issueLink(key) {
            return key ? R.el('a', {'href': R.contextPath(root) + '/browse/' + encodeURIComponent(key)}, key) : '';
        }

        /* An item by its Jira key; by its internal id only when it is no longer in the trace. */
        function itemRef(key, id) {
            return key ? issueLink(key) : '#' + id;
        }

        function linked(list) {
            var ul = R.el('ul', {'class': 'eqms-linked'});
            (list || []).forEach(function (l) {
                ul.appendChild(R.el('li', {'class': l.suspect ? 'eqms-suspect' : null},
                    [t('link-type.' + l.link.type) + ' ', issueLink(l.other.key), ' ' + (l.other.title || '')]));
            });
            return ul;
        }

        filter.addEventListener('submit', function (event) {
            event.preventDefault();
            matrix(0);
        });

        /* Gaps */
        function gaps() {
            R.request('GET', base + '/gaps').then(function (report) {
                var counts = root.querySelector('.eqms-gap-counts');
                var body = root.querySelector('.eqms-gaps tbody');
                R.clear(counts);
                R.clear(body);
                Object.keys(report.countsByKind || {}).forEach(function (kind) {
                    counts.appendChild(R.el('li', null, t('gap-kind.' + kind) + ': ' + report.countsByKind[kind]));
                });
                var list = report.gaps || [];
                if (list.length === 0) {
                    body.appendChild(R.row([t('gaps.none')]));
                }
                list.forEach(function (gap) {
                    body.appendChild(R.row([t('gap-kind.' + gap.kind), issueLink(gap.itemKey), gap.message || '',
                        gap.clause || '', gap.fix ? gap.fix.instruction : ''], {'data-kind': gap.kind}));
                });
            }, fail);
        }

        /* Suspect links */
        function suspects() {
            R.request('GET', base + '/suspects').then(function (json) {
                var body = root.querySelector('.eqms-suspects tbody');
                R.clear(body);
                var list = json.suspects || [];
                if (list.length === 0) {
                    body.appendChild(R.row([t('suspects.none')]));
                }
                list.forEach(function (mark) {
                    var tr = R.row([itemRef(mark.fromKey, mark.link.from), t('link-type.' + mark.link.type),
                        itemRef(mark.toKey, mark.link.to), itemRef(mark.changedItemKey, mark.changedItemId),
                        mark.changedByName || mark.changedBy || '', mark.changedAt || '']);
                    var action = R.el('td');
                    if (canEdit) {
                        var button = R.el('button', {'type': 'button', 'class': 'aui-button eqms-review'}, t('suspects.review'));
                        button.addEventListener('click', function () {
                            reviewForm(action, mark.link);
                        });
                        action.appendChild(button);
                    }
                    tr.appendChild(action);
                    body.appendChild(tr);
                });
            }, fail);
        }

        function reviewForm(cell, link) {
            R.clear(cell);
            var input = R.el('input', {'class': 'text', 'type': 'text', 'maxlength': '2000',
                'aria-label': t('suspects.reason'), 'placeholder': t('suspects.reason')});
            var confirm = R.el('button', {'type': 'submit', 'class': 'aui-button aui-button-primary'}, t('suspects.confirm'));
            var form = R.el('form', {'class': 'aui eqms-review-form'}, [input, ' ', confirm]);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var reason = input.value.trim();
                if (!reason) {
                    R.message(messages, 'warning', t('suspects.reason-required'));
                    return;
                }
                confirm.disabled = true;
                R.request('POST', base + '/suspects/review', {from: link.from, type: link.type, to: link.to, reason: reason})
                    .then(function () {
                        R.message(messages, 'success', t('suspects.reviewed'));
                        suspects();
                    }, function (error) {
                        confirm.disabled = false;
                        fail(error);
                    });
            });
            cell.appendChild(form);
            input.focus();
        }

        /* Baselines */
        function baselines() {
            R.request('GET', base + '/baselines').then(function (json) {
                var body = root.querySelector('.eqms-baselines tbody');
                var older = root.querySelector('.eqms-diff-older');
                var newer = root.querySelector('.eqms-diff-newer');
                [body, older, newer].forEach(R.clear);
                var list = json.baselines || [];
                if (list.length === 0) {
                    body.appendChild(R.row([t('baselines.none')]));
                }
                list.forEach(function (b, index) {
                    var signed = R.el('ul');
                    (b.signatures || []).forEach(function (s) {
                        signed.appendChild(R.el('li', null, s.signerName + ' (' + s.meaning + ') ' + s.time));
                    });
                    if (canEdit) {
                        var sign = R.el('button', {'type': 'button', 'class': 'aui-button eqms-sign-baseline'},
                            t('baselines.sign'));
                        sign.addEventListener('click', function () {
                            signBaseline(b);
                        });
                        signed = [signed, sign];
                    }
                    body.appendChild(R.row([b.label, b.createdByName || b.createdBy, b.createdAt, String(b.items),
                        String(b.links), R.el('span', {'class': 'eqms-hash'}, b.contentHash), signed]));
                    older.appendChild(R.el('option', {'value': b.id}, b.label + ' (' + b.createdAt + ')'));
                    newer.appendChild(R.el('option', {'value': b.id}, b.label + ' (' + b.createdAt + ')'));
                    if (index === list.length - 1) {
                        newer.value = b.id;
                    }
                });
            }, fail);
        }

        /* A baseline is signed through the module's e-signature dialog (POST baselines/{id}/challenge, then sign). */
        function signBaseline(b) {
            var path = base + '/baselines/' + encodeURIComponent(b.id);
            R.signingDialog.open({t: t, challengeUrl: path + '/challenge', signUrl: path + '/sign',
                facts: function (challenge) {
                    return [[t('sign.object'), t('baselines.signed-object', challenge.label || b.label)],
                        [t('baselines.hash'), challenge.contentHash],
                        [t('baselines.integrity'), challenge.intact ? t('baselines.intact-now')
                            : t('baselines.not-intact', b.label)],
                        [t('sign.expires'), challenge.expiresAt]];
                },
                onSigned: function () {
                    R.message(messages, 'success', t('baselines.signed'));
                    baselines();
                }});
        }

        function integrityLost(label) {
            return R.lozenge(t('baselines.not-intact', label), 'FAILED');
        }

        var baselineForm = root.querySelector('.eqms-baseline-form');
        if (baselineForm) {
            baselineForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var label = baselineForm.querySelector('[name="label"]').value.trim();
                if (!label) {
                    R.message(messages, 'warning', t('baselines.label-required'));
                    return;
                }
                R.request('POST', base + '/baselines', {label: label}).then(function () {
                    R.message(messages, 'success', t('baselines.taken'));
                    baselineForm.reset();
                    baselines();
                }, fail);
            });
        }

        root.querySelector('.eqms-diff-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var a = root.querySelector('.eqms-diff-older').value;
            var b = root.querySelector('.eqms-diff-newer').value;
            if (!a || !b) {
                return;
            }
            var labels = [root.querySelector('.eqms-diff-older'), root.querySelector('.eqms-diff-newer')]
                .map(function (select) {
                    return select.options[select.selectedIndex].text;
                });
            R.request('GET', base + '/baselines/' + encodeURIComponent(a) + '/diff/' + encodeURIComponent(b))
                .then(function (diff) {
                    showDiff(diff, labels[0], labels[1]);
                }, fail);
        });

        /* The comparison checks both snapshots against their hashes: say so, and show a broken one plainly. */
        function showDiff(diff, olderLabel, newerLabel) {
            var holder = root.querySelector('.eqms-diff');
            R.clear(holder);
            var integrity = R.el('p', {'class': 'eqms-diff-integrity'});
            if (diff.olderIntact && diff.newerIntact) {
                integrity.appendChild(document.createTextNode(t('baselines.both-intact')));
            } else {
                [[diff.olderIntact, olderLabel], [diff.newerIntact, newerLabel]].forEach(function (checked) {
                    if (!checked[0]) {
                        R.append(integrity, [integrityLost(checked[1]), ' ']);
                    }
                });
            }
            holder.appendChild(integrity);
            var any = false;
            function section(title, list, render) {
                if (!list || list.length === 0) {
                    return;
                }
                any = true;
                var ul = R.el('ul');
                list.forEach(function (entry) {
                    ul.appendChild(R.el('li', null, render(entry)));
                });
                R.append(holder, [R.el('h4', null, title), ul]);
            }
            function item(i) {
                return (i.key || '#' + i.id) + ' ' + (i.title || '') + ' (' + t('role.' + i.role) + ')';
            }
            function link(l) {
                return '#' + l.from + ' ' + t('link-type.' + l.type) + ' #' + l.to;
            }
            section(t('baselines.added-items'), diff.addedItems, item);
            section(t('baselines.removed-items'), diff.removedItems, item);
            section(t('baselines.changed-items'), diff.changedItems, function (c) {
                return item(c.after) + ': ' + (c.changedMembers || []).join(', ');
            });
            section(t('baselines.added-links'), diff.addedLinks, link);
            section(t('baselines.removed-links'), diff.removedLinks, link);
            if (!any) {
                holder.appendChild(R.el('p', null, t('baselines.no-difference')));
            }
        }

        /* SOUP */
        var soupForm = root.querySelector('.eqms-soup-form');
        var sbom = null;
        if (soupForm) {
            var importButton = soupForm.querySelector('.eqms-soup-import');
            soupForm.querySelector('input[type="file"]').addEventListener('change', function () {
                sbom = null;
                importButton.disabled = true;
            });
            soupForm.querySelector('.eqms-soup-preview').addEventListener('click', function () {
                var file = soupForm.querySelector('input[type="file"]').files[0];
                if (!file) {
                    R.message(messages, 'warning', t('soup.no-file'));
                    return;
                }
                file.text().then(function (text) {
                    sbom = text;
                    return R.request('POST', base + '/soup/preview', text);
                }).then(function (changes) {
                    showSoup(changes);
                    importButton.disabled = false;
                }, fail);
            });
            importButton.addEventListener('click', function () {
                if (!sbom) {
                    return;
                }
                importButton.disabled = true;
                R.request('POST', base + '/soup/import', sbom).then(function (changes) {
                    showSoup(changes);
                    R.message(messages, 'success', t('soup.imported'));
                    sbom = null;
                }, function (error) {
                    importButton.disabled = false;
                    fail(error);
                });
            });
        }

        function showSoup(changes) {
            var holder = root.querySelector('.eqms-soup-changes');
            R.clear(holder);
            function table(title, headers, list, cells) {
                if (!list || list.length === 0) {
                    return;
                }
                var head = R.el('tr');
                headers.forEach(function (h) {
                    head.appendChild(R.el('th', null, h));
                });
                var tbody = R.el('tbody');
                list.forEach(function (entry) {
                    tbody.appendChild(R.row(cells(entry)));
                });
                R.append(holder, [R.el('h4', null, title + ' (' + list.length + ')'),
                    R.el('table', {'class': 'aui'}, [R.el('thead', null, head), tbody])]);
            }
            table(t('soup.added'), [t('soup.name'), t('soup.version'), t('soup.purl')], changes.added, function (c) {
                return [c.name, c.version || '', c.purl || ''];
            });
            table(t('soup.removed'), [t('soup.name'), t('soup.version')], changes.removed, function (c) {
                return [c.name, c.version || ''];
            });
            table(t('soup.version-changed'), [t('soup.name'), t('soup.from'), t('soup.to')], changes.versionChanged,
                function (c) {
                    return [c.name, c.from || '', c.to || ''];
                });
            R.append(holder, [R.el('p', null, t('soup.details-changed') + ': ' + changes.detailsChanged),
                R.el('p', null, t('soup.unchanged') + ': ' + changes.unchanged)]);
        }

        /* Tabs: our own switching (no dependency on AUI's tabs script), each tab loads once when first shown. */
        var loaders = {register: function () {
            register(0);
        }, heatmap: heatmap, matrix: function () {
            matrix(0);
        }, gaps: gaps, suspects: suspects, baselines: baselines, soup: function () {
            return null;
        }};
        Object.keys(R.tabs).forEach(function (name) {
            loaders[name] = function () {
                R.tabs[name](root);
            };
        });

        function show(name) {
            Array.prototype.forEach.call(root.querySelectorAll('.tabs-menu .menu-item'), function (item) {
                var active = item.querySelector('a').getAttribute('data-tab') === name;
                item.classList.toggle('active-tab', active);
            });
            Array.prototype.forEach.call(root.querySelectorAll('.tabs-pane'), function (pane) {
                pane.classList.toggle('active-pane', pane.id === 'eqms-tab-' + name);
            });
            if (!loaded[name]) {
                loaded[name] = true;
                loaders[name]();
            }
        }

        Array.prototype.forEach.call(root.querySelectorAll('.tabs-menu a'), function (a) {
            a.addEventListener('click', function (event) {
                event.preventDefault();
                event.stopPropagation();
                show(a.getAttribute('data-tab'));
            });
        });
        var wanted = (window.location.hash || '').replace('#eqms-tab-', '');
        show(loaders[wanted] ? wanted : 'register');
    }

    R.onReady('#eqms-project-risk', init);
}(window, document));
