/*
 * Authenticator enrolment, one section.sbx-totp per app (data-rest-base): GET /me/totp says whether one is
 * confirmed; "Set up" POSTs /me/totp/enrolment and shows the secret and otpauth URI as text; the form POSTs the code
 * to /me/totp/confirmation. Refusals (409 already enrolled, 400 wrong code) are shown with the server's hint.
 */
(function (window, document) {
    'use strict';
    var C = window.SandboxCommon;

    function section(root) {
        var base = root.getAttribute('data-rest-base') + '/me/totp';
        var messages = root.querySelector('.sbx-totp-messages');
        var status = root.querySelector('.sbx-totp-status');
        var begin = root.querySelector('.sbx-totp-begin');
        var enrolment = root.querySelector('.sbx-totp-enrolment');
        var form = root.querySelector('.sbx-totp-confirm-form');

        function failed(error) {
            C.message(messages, 'error', error.message, error.hint);
        }

        function show(enrolled) {
            root.setAttribute('data-enrolled', String(enrolled));
            status.textContent = enrolled ? 'You have a confirmed authenticator for signing.'
                : 'No authenticator is confirmed yet.';
            begin.hidden = enrolled;
            if (enrolled) {
                enrolment.hidden = true;
            }
        }

        C.request('GET', base).then(function (json) { show(!!json.enrolled); }, failed);
        begin.addEventListener('click', function () {
            C.request('POST', base + '/enrolment', {}).then(function (json) {
                root.querySelector('.sbx-totp-secret').textContent = json.secret;
                root.querySelector('.sbx-totp-uri').textContent = json.otpauthUri;
                enrolment.hidden = false;
                begin.hidden = true;
            }, failed);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var code = root.querySelector('.sbx-totp-code').value.trim();
            C.request('POST', base + '/confirmation', {code: code}).then(function () {
                C.message(messages, 'success', 'Your authenticator is confirmed.', '');
                show(true);
            }, failed);
        });
    }

    C.ready(function () {
        Array.prototype.forEach.call(document.querySelectorAll('section.sbx-totp'), section);
    });
}(window, document));
