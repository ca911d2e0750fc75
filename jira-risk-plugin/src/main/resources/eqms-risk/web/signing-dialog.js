/*
 * eQMS risk and traceability: the e-signature dialog of the Jira app (21 CFR 11.50, 11.200), one for every signed
 * object of this app (the pattern of the Confluence app's signing dialog). It asks the server for a single-use
 * challenge, shows exactly what is signed (the facts the caller derives from the challenge, e.g. the plan version and
 * its full content hash), asks for the meaning, a reason, the user id, and the password or the TOTP code, explains the
 * lockout rule, then sends {challengeId, meaning, reason, userId, password, totp} to the sign URL. Errors show the
 * server's message and hint in the dialog and keep what was typed, except the secret. Needs eqms-risk-common.js.
 * A challenge that says more is followed: its "meanings" replace options.meanings, "needsUserId": false leaves the
 * user id out, "secretComponent" ("password" or "totp") asks for that one only; otherwise both are offered.
 *
 * Usage: EqmsRisk.signingDialog.open({t: texts, challengeUrl: '…/challenge', signUrl: '…/sign',
 *     meanings: ['Approved'], facts: function (challenge) { return [[label, value], …]; },
 *     onSigned: function (result) {…}});
 */
(function (window, document) {
    'use strict';
    var R = window.EqmsRisk;

    function field(form, id, label, input, help) {
        input.id = id;
        var group = R.el('div', {'class': 'field-group'}, [R.el('label', {'for': id}, label), input]);
        if (help) {
            group.appendChild(R.el('div', {'class': 'description'}, help));
        }
        form.appendChild(group);
        return input;
    }

    function open(options) {
        var t = options.t;
        var dialog = R.el('section', {'class': 'aui-dialog2 aui-dialog2-medium eqms-signing-dialog', 'role': 'dialog',
            'aria-modal': 'true', 'aria-labelledby': 'eqms-risk-signing-title'});
        var errors = R.el('div', {'class': 'eqms-messages', 'aria-live': 'polite'});
        var form = R.el('form', {'class': 'aui', 'novalidate': 'novalidate'});
        var submit = R.el('button', {'type': 'button', 'class': 'aui-button aui-button-primary eqms-sign-submit',
            'disabled': 'disabled'}, t('sign.submit'));
        var cancel = R.el('button', {'type': 'button', 'class': 'aui-button aui-button-link'}, t('cancel'));
        R.append(dialog, [
            R.el('header', {'class': 'aui-dialog2-header'},
                R.el('h2', {'class': 'aui-dialog2-header-main', 'id': 'eqms-risk-signing-title'}, t('sign.title'))),
            R.el('div', {'class': 'aui-dialog2-content'}, [errors, form]),
            R.el('footer', {'class': 'aui-dialog2-footer'},
                R.el('div', {'class': 'aui-dialog2-footer-actions'}, [submit, cancel]))]);
        var blanket = R.el('div', {'class': 'aui-blanket eqms-signing-blanket', 'tabindex': '0'});
        document.body.appendChild(blanket);
        document.body.appendChild(dialog);
        dialog.style.display = 'block';

        function close() {
            if (dialog.parentNode) {
                dialog.parentNode.removeChild(dialog);
            }
            if (blanket.parentNode) {
                blanket.parentNode.removeChild(blanket);
            }
        }

        cancel.addEventListener('click', close);

        R.request('POST', options.challengeUrl, {}).then(function (challenge) {
            form.appendChild(R.el('p', {'class': 'eqms-what'}, t('sign.what')));
            var facts = R.el('table', {'class': 'aui eqms-signed-object'});
            (options.facts ? options.facts(challenge) : []).forEach(function (pair) {
                facts.appendChild(R.el('tr', null, [R.el('th', null, pair[0]),
                    R.el('td', {'class': 'eqms-hash'}, pair[1] === undefined || pair[1] === null ? '' : String(pair[1]))]));
            });
            form.appendChild(facts);
            var meaning = field(form, 'eqms-risk-sign-meaning', t('sign.meaning'), R.el('select', {'class': 'select'}));
            (challenge.meanings || options.meanings || []).forEach(function (m) {
                meaning.appendChild(R.el('option', {'value': m}, m));
            });
            var reason = field(form, 'eqms-risk-sign-reason', t('sign.reason'),
                R.el('textarea', {'class': 'textarea', 'rows': '2'}));
            var userId = challenge.needsUserId === false ? null : field(form, 'eqms-risk-sign-user', t('sign.user-id'),
                R.el('input', {'class': 'text', 'type': 'text', 'autocomplete': 'username'}), t('sign.user-id-help'));
            var password = challenge.secretComponent === 'totp' ? null : field(form, 'eqms-risk-sign-password',
                t('sign.password'), R.el('input', {'class': 'text', 'type': 'password', 'autocomplete': 'current-password'}));
            var totp = challenge.secretComponent === 'password' ? null : field(form, 'eqms-risk-sign-totp', t('sign.totp'),
                R.el('input', {'class': 'text', 'type': 'text', 'inputmode': 'numeric', 'autocomplete': 'one-time-code',
                    'maxlength': '8'}), challenge.secretComponent === 'totp' ? null : t('sign.totp-help'));
            form.appendChild(R.el('p', {'class': 'description eqms-lockout-rule'}, t('sign.lockout')));
            form.appendChild(R.el('p', {'class': 'description eqms-declaration'}, t('sign.declaration')));
            submit.removeAttribute('disabled');

            function value(input) {
                var text = input ? input.value.trim() : '';
                return text ? text : null;
            }

            function forget() {
                [password, totp].forEach(function (input) {
                    if (input) {
                        input.value = '';
                    }
                });
            }

            submit.addEventListener('click', function () {
                if (!(password && password.value) && !value(totp)) {
                    R.message(errors, 'warning', t('sign.secret-required'));
                    return;
                }
                submit.setAttribute('disabled', 'disabled');
                var body = {challengeId: challenge.challengeId, meaning: meaning.value, reason: value(reason),
                    userId: value(userId), password: password && password.value ? password.value : null,
                    totp: value(totp)};
                R.request('POST', options.signUrl, body).then(function (result) {
                    forget();
                    close();
                    if (options.onSigned) {
                        options.onSigned(result);
                    }
                }, function (error) {
                    forget();
                    submit.removeAttribute('disabled');
                    R.failure(errors, t('sign.failed'), error);
                });
            });
        }, function (error) {
            R.failure(errors, t('sign.failed'), error);
        });
        return {close: close};
    }

    R.signingDialog = {open: open};
}(window, document));
