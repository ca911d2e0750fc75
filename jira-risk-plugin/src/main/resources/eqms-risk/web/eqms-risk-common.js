/*
 * eQMS risk and traceability: shared browser helpers. JSON requests to /rest/eqms-risk/1.0 (and Jira's own REST API),
 * AUI messages, texts. Plain JS, no build step, no CDN. Every user-visible text comes from the server-rendered page
 * (attribute data-texts: a JSON object of the bundle's eqms.jira.ui.* texts); server data, messages and hints are
 * inserted as text nodes, never as HTML.
 */
(function (window, document) {
    'use strict';

    function contextPath(root) {
        var path = root.getAttribute('data-context-path');
        if (!path && window.AJS && typeof window.AJS.contextPath === 'function') {
            path = window.AJS.contextPath();
        }
        return path || '';
    }

    function restBase(root) {
        return contextPath(root) + '/rest/eqms-risk/1.0';
    }

    function projectBase(root) {
        return restBase(root) + '/projects/' + encodeURIComponent(root.getAttribute('data-project-key'));
    }

    /** A text function over the page's texts: t('none'); t('rows', 1, 50) formats {0}, {1}... */
    function texts(root) {
        var table = {};
        try {
            table = JSON.parse(root.getAttribute('data-texts') || '{}');
        } catch (e) {
            table = {};
        }
        return function (key) {
            var text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
            var args = Array.prototype.slice.call(arguments, 1);
            return text.replace(/\{(\d+)\}/g, function (match, index) {
                var value = args[parseInt(index, 10)];
                return value === undefined || value === null ? match : String(value);
            });
        };
    }

    /** Sends a request; resolves with the parsed JSON body, rejects with {status, error, message, hint}. */
    function request(method, url, body) {
        var init = {
            method: method,
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        };
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = typeof body === 'string' ? body : JSON.stringify(body);
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

    /** An element; content is a string (inserted as text), a node, or an array of those. */
    function el(tag, attrs, content) {
        var node = document.createElement(tag);
        if (attrs) {
            Object.keys(attrs).forEach(function (key) {
                if (attrs[key] !== undefined && attrs[key] !== null) {
                    node.setAttribute(key, attrs[key]);
                }
            });
        }
        append(node, content);
        return node;
    }

    function append(node, content) {
        if (content === undefined || content === null) {
            return node;
        }
        if (Array.isArray(content)) {
            content.forEach(function (part) {
                append(node, part);
            });
        } else {
            node.appendChild(typeof content === 'object' ? content : document.createTextNode(String(content)));
        }
        return node;
    }

    /** A table row of cells (strings or nodes). */
    function row(cells, attrs) {
        var tr = el('tr', attrs);
        cells.forEach(function (cell) {
            tr.appendChild(el('td', null, cell));
        });
        return tr;
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

    /** An AUI lozenge for an enum value: ACCEPTABLE green, UNACCEPTABLE/FAILING red, ALARP/OPEN amber. */
    function lozenge(text, value) {
        var kind = {ACCEPTABLE: 'success', PASSED: 'success', UNACCEPTABLE: 'error', FAILING: 'error', FAILED: 'error',
            INVESTIGATE_ALARP: 'current', OPEN: 'current', NOT_VERIFIED: 'moved', NOT_EVALUATED: 'moved',
            HIGH: 'error', MEDIUM: 'current', LOW: 'success'}[value] || 'default';
        return el('span', {'class': 'aui-lozenge aui-lozenge-' + kind, 'data-value': value}, text);
    }

    /** Runs init on every root matching selector that is not yet initialised, now and when Jira adds content. */
    function onReady(selector, init) {
        function run(scope) {
            var roots = (scope && scope.querySelectorAll ? scope : document).querySelectorAll(selector);
            Array.prototype.forEach.call(roots, function (root) {
                if (!root.getAttribute('data-eqms-ready')) {
                    root.setAttribute('data-eqms-ready', 'true');
                    init(root);
                }
            });
        }
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', function () {
                run(document);
            });
        } else {
            run(document);
        }
        if (window.JIRA && window.JIRA.bind && window.JIRA.Events && window.JIRA.Events.NEW_CONTENT_ADDED) {
            window.JIRA.bind(window.JIRA.Events.NEW_CONTENT_ADDED, function (event, context) {
                run(context && context[0] ? context[0] : document);
            });
        }
    }

    /**
     * Runs a changing call for a form: every button of the form is disabled until the call settles, so it is not sent
     * twice; the form's input is left as it is either way (the caller clears it only on success).
     */
    function busy(form, call) {
        var buttons = Array.prototype.filter.call(form.querySelectorAll('button'), function (button) {
            return !button.disabled;
        });
        buttons.forEach(function (button) {
            button.disabled = true;
        });
        function release() {
            buttons.forEach(function (button) {
                button.disabled = false;
            });
        }
        var pending;
        try {
            pending = Promise.resolve(call());
        } catch (e) {
            pending = Promise.reject(e);
        }
        return pending.then(function (result) {
            release();
            return result;
        }, function (error) {
            release();
            throw error;
        });
    }

    /** The message box at the top of a form (created on first use), where its call's result and errors show. */
    function formMessages(form) {
        var box = form.querySelector('.eqms-form-messages');
        if (!box) {
            box = el('div', {'class': 'eqms-form-messages', 'aria-live': 'polite'});
            var heading = form.querySelector('h3, h4');
            form.insertBefore(box, heading ? heading.nextSibling : form.firstChild);
        }
        return box;
    }

    /**
     * An editable list of texts in an <ol>/<ul> (one text input and a remove button per entry). Returns {set(values),
     * values(), add(value)}; values() leaves out blank entries. onChange runs after an entry is added or removed.
     */
    function listEditor(list, removeText, onChange) {
        function add(value) {
            var input = el('input', {'class': 'text long-field', 'type': 'text', 'maxlength': '2000'});
            input.value = value === undefined || value === null ? '' : value;
            var remove = el('button', {'type': 'button', 'class': 'aui-button aui-button-subtle eqms-remove'}, removeText);
            var item = el('li', {'class': 'eqms-list-entry'}, [input, ' ', remove]);
            remove.addEventListener('click', function () {
                list.removeChild(item);
                if (onChange) {
                    onChange();
                }
            });
            list.appendChild(item);
            if (onChange) {
                onChange();
            }
            return input;
        }
        return {
            add: add,
            set: function (values) {
                clear(list);
                (values || []).forEach(function (value) {
                    add(value);
                });
                if (onChange) {
                    onChange();
                }
            },
            values: function () {
                return Array.prototype.map.call(list.querySelectorAll('input'), function (input) {
                    return input.value.trim();
                }).filter(function (value) {
                    return value.length > 0;
                });
            },
            size: function () {
                return list.querySelectorAll('input').length;
            }
        };
    }

    /**
     * The previous/next buttons and the row range of a paged list in node: total is null when the server does not
     * count; go(offset) loads another page.
     */
    function pager(node, t, pageSize, offset, shown, total, hasMore, go) {
        clear(node);
        var range = total === null ? t('rows', shown ? offset + 1 : 0, offset + shown)
            : t('rows-of', shown ? offset + 1 : 0, offset + shown, total);
        var previous = el('button', {'type': 'button', 'class': 'aui-button eqms-previous'}, t('previous'));
        var next = el('button', {'type': 'button', 'class': 'aui-button eqms-next'}, t('next'));
        previous.disabled = offset === 0;
        next.disabled = !hasMore;
        previous.addEventListener('click', function () {
            go(Math.max(0, offset - pageSize));
        });
        next.addEventListener('click', function () {
            go(offset + pageSize);
        });
        append(node, [previous, next, el('span', {'class': 'eqms-range'}, range)]);
    }

    /** Scripts of further project page tabs register here before project-risk.js starts the page: tabs[name](root). */
    var tabs = {};

    function tab(name, init) {
        tabs[name] = init;
    }

    window.EqmsRisk = {contextPath: contextPath, restBase: restBase, projectBase: projectBase, texts: texts,
        request: request, clear: clear, el: el, append: append, row: row, message: message, failure: failure,
        lozenge: lozenge, onReady: onReady, busy: busy, formMessages: formMessages, listEditor: listEditor, pager: pager, tab: tab,
        tabs: tabs};
}(window, document));
