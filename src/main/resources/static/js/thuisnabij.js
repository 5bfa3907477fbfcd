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
// A refused form: move focus to the summary of what to correct, so it is read first.
document.addEventListener("DOMContentLoaded", function () {
    var samenvatting = document.getElementById("foutsamenvatting");
    if (samenvatting) {
        samenvatting.focus();
    }
});
// Long texts survive what the server cannot save for them — an expired session, a lost connection,
// another form sent first: each textarea of a form marked data-concept is kept in this browser tab
// (sessionStorage: gone when the tab closes or on logout) until the server confirms the form was saved.
(function () {
    var VERZONDEN = "concept-verzonden";
    function sleutel(formulier, veld) {
        return "concept:" + formulier.getAttribute("action") + ":" + veld.name;
    }
    document.addEventListener("DOMContentLoaded", function () {
        var verzonden = sessionStorage.getItem(VERZONDEN);
        sessionStorage.removeItem(VERZONDEN);
        if (verzonden && document.querySelector(".melding.succes") && !document.getElementById("foutsamenvatting")) {
            Object.keys(sessionStorage).filter(function (k) { return k.indexOf("concept:" + verzonden + ":") === 0; })
                .forEach(function (k) { sessionStorage.removeItem(k); });
        }
        document.querySelectorAll("form[data-concept]").forEach(function (formulier) {
            formulier.querySelectorAll("textarea[name]").forEach(function (veld) {
                var concept = sessionStorage.getItem(sleutel(formulier, veld));
                if (concept && concept !== veld.value) {
                    veld.value = concept;
                    var melding = document.createElement("p");
                    melding.className = "concept-hersteld";
                    melding.setAttribute("role", "status");
                    melding.textContent = "Uw tekst van eerder staat weer in dit veld. Hij is nog niet opgeslagen.";
                    veld.parentNode.insertBefore(melding, veld);
                }
                veld.addEventListener("input", function () {
                    sessionStorage.setItem(sleutel(formulier, veld), veld.value);
                });
            });
            formulier.addEventListener("submit", function () {
                formulier.querySelectorAll("textarea[name]").forEach(function (veld) {
                    sessionStorage.setItem(sleutel(formulier, veld), veld.value);
                });
                sessionStorage.setItem(VERZONDEN, formulier.getAttribute("action"));
            });
        });
        document.querySelectorAll("form[action$='/uitloggen']").forEach(function (uitloggen) {
            uitloggen.addEventListener("submit", function () { sessionStorage.clear(); });
        });
    });
})();
// A request's content is saved as the school types: a few seconds after the last keystroke and when
// a field is left. Each save carries the version the last one made, so a change by someone else is
// detected, never overwritten; a submit waits for a save under way.
document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-automatisch-opslaan]").forEach(function (formulier) {
        var status = formulier.querySelector(".opslagstatus");
        var wachten = null, bezig = false, nogEens = false, daarna = null;
        function slaOp() {
            clearTimeout(wachten);
            if (bezig) {
                nogEens = true;
                return;
            }
            bezig = true;
            fetch(formulier.getAttribute("data-automatisch-opslaan"), { method: "POST", body: new FormData(formulier), credentials: "same-origin",
                    headers: { "X-Automatisch": "opslaan" }, redirect: "manual" })
                .then(function (antwoord) {
                    var gewoneTekst = (antwoord.headers.get("Content-Type") || "").indexOf("text/plain") === 0;
                    return (gewoneTekst ? antwoord.text() : Promise.resolve("Niet opgeslagen. Uw tekst staat nog hier; druk op Opslaan."))
                            .then(function (tekst) {
                        if (antwoord.ok && gewoneTekst) {
                            // every form on the page takes its step on the request as it is now
                            document.querySelectorAll("form input[name=versie]").forEach(function (versie) {
                                versie.value = antwoord.headers.get("X-Versie");
                            });
                        }
                        status.textContent = tekst;
                        status.classList.toggle("fout", !(antwoord.ok && gewoneTekst));
                    });
                })
                .catch(function () {
                    status.textContent = "Niet opgeslagen: er is geen verbinding. Uw tekst staat nog hier.";
                    status.classList.add("fout");
                })
                .finally(function () {
                    bezig = false;
                    if (daarna) {
                        var verder = daarna;
                        daarna = null;
                        verder();
                    } else if (nogEens) {
                        nogEens = false;
                        slaOp();
                    }
                });
        }
        formulier.addEventListener("input", function () {
            clearTimeout(wachten);
            status.textContent = "Nog niet opgeslagen.";
            status.classList.remove("fout");
            wachten = setTimeout(slaOp, 2000);
        });
        formulier.addEventListener("change", slaOp);
        formulier.addEventListener("submit", function (gebeurtenis) {
            clearTimeout(wachten);
            if (bezig) {
                gebeurtenis.preventDefault();
                var knop = gebeurtenis.submitter;
                daarna = function () { formulier.requestSubmit(knop); };
            }
        });
    });
});
