/* The inbox: "Mark read" posts to the notice's app (POST <rest base>/me/notifications/{id}/read) and updates the item. */
(function (window, document) {
    'use strict';
    var C = window.SandboxCommon;

    C.ready(function () {
        var messages = document.querySelector('.sbx-inbox-messages');
        Array.prototype.forEach.call(document.querySelectorAll('.sbx-notice-mark-read'), function (button) {
            button.addEventListener('click', function () {
                button.disabled = true;
                C.request('POST', button.getAttribute('data-read-url'), {}).then(function () {
                    var item = button.closest('.sbx-notice');
                    item.classList.remove('sbx-unread');
                    item.classList.add('sbx-read');
                    button.parentNode.removeChild(button);
                    var count = document.getElementById('sbx-inbox-count');
                    var left = document.querySelectorAll('.sbx-notice.sbx-unread').length;
                    if (count) {
                        count.textContent = left > 0 ? String(left) : '';
                    }
                }, function (error) {
                    button.disabled = false;
                    C.message(messages, 'error', error.message, error.hint);
                });
            });
        });
    });
}(window, document));
