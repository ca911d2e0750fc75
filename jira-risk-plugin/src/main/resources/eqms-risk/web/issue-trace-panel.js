/*
 * Issue view panel: the gaps and suspect links of this issue's trace item, from
 * GET /rest/eqms-risk/1.0/projects/{key}/gaps and /suspects, filtered to the issue's item id (its Jira id).
 * Keys and summaries of the other ends of suspect links come from Jira's GET /rest/api/2/issue/{id}?fields=summary.
 */
(function (window, document) {
    'use strict';
    var R = window.EqmsRisk;

    function init(root) {
        var t = R.texts(root);
        var issueId = root.getAttribute('data-issue-id');
        var base = R.projectBase(root);
        var messages = root.querySelector('.eqms-messages');
        var gapList = root.querySelector('.eqms-panel-gaps');
        var suspectList = root.querySelector('.eqms-panel-suspects');
        var link = root.querySelector('.eqms-project-link');
        if (!root.getAttribute('data-context-path') && link) {
            link.setAttribute('href', R.contextPath(root) + link.getAttribute('data-path'));
        }

        function issueLabel(id, into) {
            into.appendChild(document.createTextNode('#' + id));
            R.request('GET', R.contextPath(root) + '/rest/api/2/issue/' + encodeURIComponent(id) + '?fields=summary')
                .then(function (issue) {
                    R.clear(into);
                    into.appendChild(R.el('a', {'href': R.contextPath(root) + '/browse/' + encodeURIComponent(issue.key)},
                        issue.key));
                    if (issue.fields && issue.fields.summary) {
                        into.appendChild(document.createTextNode(' ' + issue.fields.summary));
                    }
                }, function () {
                    return null;
                });
        }

        R.request('GET', base + '/gaps').then(function (report) {
            R.clear(gapList);
            var mine = (report.gaps || []).filter(function (gap) {
                return gap.itemId === issueId;
            });
            if (mine.length === 0) {
                gapList.appendChild(R.el('li', {'class': 'eqms-none'}, t('panel.no-gaps')));
            }
            mine.forEach(function (gap) {
                var item = R.el('li', {'class': 'eqms-gap', 'data-kind': gap.kind});
                item.appendChild(R.el('strong', null, t('gap-kind.' + gap.kind)));
                item.appendChild(document.createTextNode(' ' + (gap.message || '')));
                if (gap.fix && gap.fix.instruction) {
                    item.appendChild(R.el('div', {'class': 'description eqms-fix'}, gap.fix.instruction));
                }
                gapList.appendChild(item);
            });
        }, function (error) {
            R.clear(gapList);
            R.failure(messages, t('error.request'), error);
        });

        R.request('GET', base + '/suspects').then(function (json) {
            R.clear(suspectList);
            var mine = (json.suspects || []).filter(function (mark) {
                return mark.link.from === issueId || mark.link.to === issueId;
            });
            if (mine.length === 0) {
                suspectList.appendChild(R.el('li', {'class': 'eqms-none'}, t('panel.no-suspects')));
            }
            mine.forEach(function (mark) {
                var upstream = mark.link.to === issueId;
                var other = R.el('span', {'class': 'eqms-other'});
                var item = R.el('li', {'class': 'eqms-suspect'}, [
                    R.lozenge(t('link-type.' + mark.link.type), mark.link.type), ' ',
                    upstream ? '\u2190 ' : '\u2192 ', other, ' ',
                    R.el('span', {'class': 'description'}, t('panel.changed', mark.changedAt))]);
                issueLabel(upstream ? mark.link.from : mark.link.to, other);
                suspectList.appendChild(item);
            });
        }, function (error) {
            R.clear(suspectList);
            R.failure(messages, t('error.request'), error);
        });
    }

    R.onReady('.eqms-issue-trace', init);
}(window, document));
