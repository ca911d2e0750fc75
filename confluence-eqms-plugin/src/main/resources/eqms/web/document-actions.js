/*
 * The actions bar of a page: asks GET /rest/eqms/1.0/documents/page/{pageId} which actions the signed-in user can take
 * now and shows one button each. Lifecycle steps POST JSON to the document's endpoints; signing steps open the signing
 * dialog (EqmsSigning) with their purpose; an uncontrolled page inside a controlled scope offers "Place under document
 * control" with the space's document types. The server checks every rule again; its message and hint are shown.
 */
(function (window, document) {
    'use strict';
    var C = window.EqmsCommon;
    var SIGNED = {'sign': 'APPROVAL', 'make-obsolete': 'OBSOLESCENCE', 'confirm-review': 'REVIEW_CONFIRMATION',
        'acknowledge': 'TRAINING_ACKNOWLEDGEMENT'};

    function init() {
        var root = document.getElementById('eqms-document-actions');
        if (!root || !C) {
            return;
        }
        var base = C.restBase(root);
        var messages = root.querySelector('.eqms-messages');
        var buttons = root.querySelector('.eqms-action-buttons');
        var pageId = root.getAttribute('data-page-id');

        function failed(error) {
            C.failure(messages, C.text(root, 'error'), error);
        }

        function done() {
            window.location.reload();
        }

        function button(name, onClick) {
            var b = C.el('button', {'class': 'aui-button eqms-action-' + name, 'type': 'button', 'data-action': name},
                C.text(root, name));
            b.addEventListener('click', onClick);
            buttons.appendChild(b);
        }

        function post(path, body) {
            return C.request('POST', base + path, body).then(done, failed);
        }

        function showDocument(doc) {
            var path = '/documents/' + encodeURIComponent(doc.documentId);
            (doc.actions || []).forEach(function (action) {
                if (SIGNED[action]) {
                    button(action, function () {
                        window.EqmsSigning.open({documentId: doc.documentId, purpose: SIGNED[action],
                            contextPath: root.getAttribute('data-context-path') || '', onSigned: done});
                    });
                } else if (action === 'submit' || action === 'approve') {
                    button(action, function () { post(path + '/' + action, {}); });
                } else if (action === 'withdraw') {
                    button(action, function () {
                        var reason = window.prompt(C.text(root, 'reason-prompt'));
                        if (reason !== null) { post(path + '/withdraw', {reason: reason}); }
                    });
                } else if (action === 'reject') {
                    button(action, function () {
                        var reason = window.prompt(C.text(root, 'reject-prompt'));
                        if (reason !== null) { post(path + '/reject', {reason: reason}); }
                    });
                } else if (action === 'make-effective') {
                    button(action, function () {
                        var at = window.prompt(C.text(root, 'effective-prompt'), '');
                        if (at !== null) { post(path + '/effective', at.trim() ? {effectiveAt: at.trim()} : {}); }
                    });
                } else if (action === 'new-revision') {
                    button(action, function () {
                        var reason = window.prompt(C.text(root, 'change-reason-prompt'));
                        if (reason !== null) { post(path + '/revisions', {changeReason: reason}); }
                    });
                } else if (action === 'pdf' && doc.lastEffectiveRevision) {
                    var link = C.el('a', {'class': 'aui-button eqms-action-pdf', 'data-action': 'pdf',
                        'href': base + path + '/revisions/' + encodeURIComponent(doc.lastEffectiveRevision) + '/pdf'},
                        C.text(root, 'pdf'));
                    buttons.appendChild(link);
                }
            });
        }

        function showUncontrolled(page) {
            var types = page.placeableTypes || [];
            if (types.length === 0) {
                return;
            }
            var select = C.el('select', {'class': 'select eqms-place-type'});
            types.forEach(function (type) {
                select.appendChild(C.el('option', {'value': type.key}, type.name + ' (' + type.key + ')'));
            });
            buttons.appendChild(select);
            button('place', function () {
                C.request('POST', base + '/documents', {pageId: Number(pageId), type: select.value}).then(done, failed);
            });
        }

        C.request('GET', base + '/documents/page/' + encodeURIComponent(pageId)).then(function (page) {
            if (page && page.controlled) {
                showDocument(page);
            } else if (page) {
                showUncontrolled(page);
            }
        }, function (error) {
            if (error.status !== 401 && error.status !== 403) {
                failed(error);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window, document));
