/*
 * The sandbox header's unread count: adds up the unread notifications of every hosted app
 * (GET <app REST base>/me/notifications) into #sbx-inbox-count. Plain JS; nothing user-provided is inserted as HTML.
 */
(function (window, document) {
    'use strict';

    function unread(url) {
        return window.fetch(url + '?limit=200', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) { return response.ok ? response.json() : {unread: 0}; })
            .then(function (json) { return json && typeof json.unread === 'number' ? json.unread : 0; },
                function () { return 0; });
    }

    function init() {
        var link = document.getElementById('sbx-nav-inbox');
        var count = document.getElementById('sbx-inbox-count');
        if (!link || !count || !window.fetch) {
            return;
        }
        var sources = (link.getAttribute('data-sources') || '').split(' ').filter(Boolean);
        Promise.all(sources.map(unread)).then(function (counts) {
            var total = counts.reduce(function (sum, n) { return sum + n; }, 0);
            count.textContent = total > 0 ? String(total) : '';
            count.setAttribute('data-unread', String(total));
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window, document));
