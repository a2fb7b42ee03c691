/*
 * When the server session has ended, an ajax request is answered with a redirect to the sign-in server, which
 * the browser cannot follow from script (status 0). Reload the page instead: the browser then signs in again
 * (silently while the Keycloak session lasts) rather than leaving a button that does nothing.
 */
$(document).on('pfAjaxError', function (event, xhr) {
    if (!xhr || xhr.status === 0) {
        window.location.reload();
    }
});
