/*
 * eQMS shared browser helpers: JSON requests to /rest/eqms/1.0 and AUI messages. Plain JS, no build step, no CDN.
 * Every user-visible text comes from the server-rendered page (data-text-* attributes filled from the i18n bundle);
 * server messages and hints are inserted as text, never as HTML.
 */
(function (window, document) {
    'use strict';

    function text(root, name) {
        return root.getAttribute('data-text-' + name) || '';
    }

    function restBase(root) {
        var path = root.getAttribute('data-context-path');
        if (!path && window.AJS && typeof window.AJS.contextPath === 'function') {
            path = window.AJS.contextPath();
        }
        return (path || '') + '/rest/eqms/1.0';
    }

    /** Sends a JSON request; resolves with the parsed body, rejects with {status, error, message, hint}. */
    function request(method, url, body) {
        var init = {
            method: method,
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        };
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return window.fetch(url, init).then(function (response) {
            return response.text().then(function (raw) {
                var json = null;
                try {
                    json = raw ? JSON.parse(raw) : null;
                } catch (e) {
                    json = null;
                }
                if (response.ok) {
                    return json;
                }
                var failure = json || {};
                throw {status: response.status, error: failure.error || 'http_' + response.status,
                    message: failure.message || response.statusText, hint: failure.hint || ''};
            });
        });
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
    }

    function el(tag, attrs, content) {
        var node = document.createElement(tag);
        if (attrs) {
            Object.keys(attrs).forEach(function (key) {
                node.setAttribute(key, attrs[key]);
            });
        }
        if (content !== undefined && content !== null) {
            node.appendChild(typeof content === 'string' ? document.createTextNode(content) : content);
        }
        return node;
    }

    /** Shows an AUI message (type: error, success, info, warning) with a title line and an optional hint. */
    function message(container, type, title, body, hint) {
        clear(container);
        var box = el('div', {'class': 'aui-message aui-message-' + type, 'role': type === 'error' ? 'alert' : 'status'});
        box.appendChild(el('p', {'class': 'title'}, el('strong', null, title)));
        if (body) {
            box.appendChild(el('p', {'class': 'eqms-message-body'}, body));
        }
        if (hint) {
            box.appendChild(el('p', {'class': 'eqms-message-hint'}, hint));
        }
        container.appendChild(box);
        return box;
    }

    function failure(container, title, error) {
        return message(container, 'error', title, error && error.message ? error.message : String(error),
            error && error.hint ? error.hint : '');
    }

    window.EqmsCommon = {text: text, restBase: restBase, request: request, clear: clear, el: el, message: message,
        failure: failure};
}(window, document));
