/*
 * When the server session has ended, an ajax request is answered with a redirect to the sign-in server, which
 * the browser cannot follow from script (status 0). Reload the page instead: the browser then signs in again
 * (silently while the Keycloak session lasts) rather than leaving a button that does nothing.
 *
 * Before reloading, the text typed into an open dialog (forms marked "unsaved-guard") is kept in the
 * browser's session storage and shown again after the reload, so an expired session never loses an edit.
 */
var portalUnsaved = (function () {
    var KEY = 'portal.unsaved';

    function keep() {
        var fields = [];
        $('form.unsaved-guard').filter(':visible').find('textarea, input[type=text], input:not([type])').each(function () {
            var value = $(this).val();
            if (value && value.trim()) {
                var label = $('label[for="' + this.id + '"]').first().text() || this.name;
                fields.push({label: label.replace(/\*$/, '').trim(), value: value});
            }
        });
        if (fields.length) {
            sessionStorage.setItem(KEY, JSON.stringify({path: window.location.pathname, fields: fields}));
        }
    }

    function show() {
        var saved = sessionStorage.getItem(KEY);
        var main = document.getElementById('content');
        if (!saved || !main) {
            return;
        }
        var data = JSON.parse(saved);
        if (data.path !== window.location.pathname) {
            return;
        }
        var box = document.createElement('section');
        box.className = 'unsaved-notice';
        box.setAttribute('role', 'alert');
        var title = document.createElement('h2');
        title.textContent = main.getAttribute('data-unsaved-title') || 'Unsaved text';
        box.appendChild(title);
        data.fields.forEach(function (field) {
            var label = document.createElement('strong');
            label.textContent = field.label;
            var text = document.createElement('pre');
            text.textContent = field.value;
            box.appendChild(label);
            box.appendChild(text);
        });
        var dismiss = document.createElement('button');
        dismiss.type = 'button';
        dismiss.className = 'link-button dismiss-unsaved';
        dismiss.textContent = main.getAttribute('data-unsaved-dismiss') || 'Dismiss';
        dismiss.onclick = function () {
            sessionStorage.removeItem(KEY);
            box.remove();
        };
        box.appendChild(dismiss);
        main.insertBefore(box, main.firstChild);
    }

    return {keep: keep, show: show};
}());

/*
 * A page the browser is leaving has its requests cancelled (status 0 as well): that is not an ended session, and a
 * reload then would undo the navigation. The flag clears itself for a download, after which the page stays.
 * Pages that keep their own unsaved input (the questionnaire's journal, survey.js) rely on this reload too; while
 * the browser is offline such a page says keepsOfflineInput and sends what it kept once the connection is back,
 * rather than being reloaded into the browser's "no connection" page.
 */
var portalSession = {leaving: false, reloading: false, keepsOfflineInput: false};
$(window).on('beforeunload pagehide', function () {
    portalSession.leaving = true;
    setTimeout(function () {
        portalSession.leaving = false;
    }, 10000);
});
$(document).on('pfAjaxError', function (event, xhr) {
    var offline = navigator.onLine === false && portalSession.keepsOfflineInput;
    if ((!xhr || xhr.status === 0) && !offline && !portalSession.leaving && !portalSession.reloading) {
        portalSession.reloading = true;
        portalUnsaved.keep();
        window.location.reload();
    }
});
$(function () {
    portalUnsaved.show();
});
