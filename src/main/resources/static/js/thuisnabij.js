// htmx requests carry the CSRF token like forms do; CSP forbids inline scripts, so it lives here.
document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});
// After htmx swaps in search results, move focus there so screen reader users hear them.
document.addEventListener("htmx:afterSwap", function (event) {
    var doel = event.detail.target;
    if (doel && doel.hasAttribute("tabindex")) {
        doel.focus();
    }
});
