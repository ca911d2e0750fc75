/*
 * eQMS signing dialog (21 CFR 11.50, 11.200): shows exactly what is signed (document number, revision, title, the
 * first digits of the content hash, the meanings the server offers), asks for the user id when the server requires
 * it, the password or the TOTP code, and a reason; explains the lockout rule; then
 *   POST /rest/eqms/1.0/documents/{id}/challenge   -> the challenge (what is signed, meanings, what is required)
 *   POST /rest/eqms/1.0/documents/{id}/sign        {"purpose","challengeId","meaning","reason","userId","password","totp"}
 * The purpose is APPROVAL (default), OBSOLESCENCE, TRAINING_ACKNOWLEDGEMENT or REVIEW_CONFIRMATION.
 * On error it shows the server's message and hint. Texts come from the page (#eqms-signing-i18n, rendered from the
 * bundle by the status banner) or options.texts. Plain JS and AUI classes; no build step.
 *
 * Usage: EqmsSigning.open({documentId: '…', purpose: 'APPROVAL', contextPath: '', onSigned: function (result) {...}});
 */
(function (window, document) {
    'use strict';

    function texts(options) {
        var source = document.getElementById('eqms-signing-i18n');
        var names = ['title', 'what', 'document', 'revision', 'doc-title', 'hash', 'meaning', 'reason', 'user-id',
            'password', 'totp', 'lockout', 'declaration', 'submit', 'cancel', 'signed', 'failed'];
        var result = {};
        names.forEach(function (name) {
            result[name] = (options.texts && options.texts[name]) || (source && source.getAttribute('data-' + name)) || name;
        });
        return result;
    }

    function el(tag, attrs, content) {
        var node = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (key) {
            node.setAttribute(key, attrs[key]);
        });
        if (content !== undefined && content !== null) {
            node.appendChild(typeof content === 'string' ? document.createTextNode(content) : content);
        }
        return node;
    }

    function post(url, body) {
        return window.fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: JSON.stringify(body || {})
        }).then(function (response) {
            return response.text().then(function (raw) {
                var json = null;
                try {
                    json = raw ? JSON.parse(raw) : null;
                } catch (e) {
                    json = null;
                }
                if (response.ok) {
                    return json || {};
                }
                throw {status: response.status, error: (json && json.error) || 'http_' + response.status,
                    message: (json && json.message) || response.statusText, hint: (json && json.hint) || ''};
            });
        });
    }

    function field(form, id, label, input) {
        var group = el('div', {'class': 'field-group'});
        group.appendChild(el('label', {'for': id}, label));
        input.id = id;
        group.appendChild(input);
        form.appendChild(group);
        return input;
    }

    function showError(box, t, error) {
        while (box.firstChild) {
            box.removeChild(box.firstChild);
        }
        var message = el('div', {'class': 'aui-message aui-message-error', 'role': 'alert'});
        message.appendChild(el('p', {'class': 'title'}, el('strong', null, t.failed)));
        message.appendChild(el('p', {'class': 'eqms-message-body'}, error && error.message ? error.message : String(error)));
        if (error && error.hint) {
            message.appendChild(el('p', {'class': 'eqms-message-hint'}, error.hint));
        }
        box.appendChild(message);
    }

    function open(options) {
        var t = texts(options);
        var base = (options.contextPath || '') + '/rest/eqms/1.0/documents/' + encodeURIComponent(options.documentId);
        var dialog = el('section', {'class': 'aui-dialog2 aui-dialog2-medium eqms-signing-dialog', 'role': 'dialog',
            'aria-modal': 'true', 'aria-labelledby': 'eqms-signing-title'});
        var header = el('header', {'class': 'aui-dialog2-header'});
        header.appendChild(el('h2', {'class': 'aui-dialog2-header-main', 'id': 'eqms-signing-title'}, t.title));
        dialog.appendChild(header);
        var content = el('div', {'class': 'aui-dialog2-content'});
        var errors = el('div', {'class': 'eqms-messages', 'aria-live': 'polite'});
        content.appendChild(errors);
        var form = el('form', {'class': 'aui', 'novalidate': 'novalidate'});
        content.appendChild(form);
        dialog.appendChild(content);
        var footer = el('footer', {'class': 'aui-dialog2-footer'});
        var actions = el('div', {'class': 'aui-dialog2-footer-actions'});
        var submit = el('button', {'type': 'button', 'class': 'aui-button aui-button-primary', 'disabled': 'disabled'}, t.submit);
        var cancel = el('button', {'type': 'button', 'class': 'aui-button aui-button-link'}, t.cancel);
        actions.appendChild(submit);
        actions.appendChild(cancel);
        footer.appendChild(actions);
        dialog.appendChild(footer);
        var blanket = el('div', {'class': 'aui-blanket eqms-signing-blanket', 'tabindex': '0'});
        document.body.appendChild(blanket);
        document.body.appendChild(dialog);
        dialog.style.display = 'block';

        function close() {
            dialog.parentNode.removeChild(dialog);
            blanket.parentNode.removeChild(blanket);
        }

        cancel.addEventListener('click', close);

        post(base + '/challenge', {purpose: options.purpose || 'APPROVAL'}).then(function (challenge) {
            form.appendChild(el('p', {'class': 'eqms-what'}, t.what));
            var facts = el('table', {'class': 'aui eqms-signed-object'});
            var rows = [[t.document, challenge.number || options.documentNumber],
                [t.revision, challenge.revision || options.revision],
                [t['doc-title'], challenge.title || options.title],
                [t.hash, String(challenge.contentHash || '').substring(0, 12)]];
            rows.forEach(function (pair) {
                var row = el('tr');
                row.appendChild(el('th', null, pair[0]));
                row.appendChild(el('td', null, pair[1] === undefined || pair[1] === null ? '' : String(pair[1])));
                facts.appendChild(row);
            });
            form.appendChild(facts);
            var meaning = field(form, 'eqms-sign-meaning', t.meaning, el('select', {'class': 'select'}));
            (challenge.meanings || []).forEach(function (m) {
                meaning.appendChild(el('option', {'value': m}, m));
            });
            var reason = field(form, 'eqms-sign-reason', t.reason, el('textarea', {'class': 'textarea', 'rows': '2'}));
            var userId = null;
            if (challenge.needsUserId) {
                userId = field(form, 'eqms-sign-user', t['user-id'],
                    el('input', {'class': 'text', 'type': 'text', 'autocomplete': 'username'}));
            }
            var totpMode = challenge.secretComponent === 'totp';
            var secret = totpMode
                ? field(form, 'eqms-sign-totp', t.totp, el('input', {'class': 'text', 'type': 'text',
                    'inputmode': 'numeric', 'autocomplete': 'one-time-code', 'maxlength': '8'}))
                : field(form, 'eqms-sign-password', t.password, el('input', {'class': 'text', 'type': 'password',
                    'autocomplete': 'current-password'}));
            form.appendChild(el('p', {'class': 'description eqms-lockout-rule'}, t.lockout));
            form.appendChild(el('p', {'class': 'description eqms-declaration'}, t.declaration));
            submit.removeAttribute('disabled');
            submit.addEventListener('click', function () {
                submit.setAttribute('disabled', 'disabled');
                var body = {purpose: challenge.purpose, challengeId: challenge.challengeId, meaning: meaning.value,
                    reason: reason.value, userId: userId ? userId.value : null,
                    password: totpMode ? null : secret.value, totp: totpMode ? secret.value : null};
                post(base + '/sign', body).then(function (result) {
                    secret.value = '';
                    close();
                    if (options.onSigned) {
                        options.onSigned(result);
                    }
                }, function (error) {
                    secret.value = '';
                    submit.removeAttribute('disabled');
                    showError(errors, t, error);
                });
            });
        }, function (error) {
            showError(errors, t, error);
        });
        return {close: close};
    }

    window.EqmsSigning = {open: open};
}(window, document));
