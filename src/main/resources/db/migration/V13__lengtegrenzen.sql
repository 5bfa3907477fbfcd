-- Every text column gets a length limit (hardening): the forms already refuse longer input with a
-- message at the field; these checks hold the same limits for every other way in (imports, the API,
-- jobs, a future module), so one request cannot fill the disk or every page that shows a field.
-- The limits are those of the forms; texts the application writes itself (audit, mail errors, the DUO
-- export) get room for what they hold and are cut to fit where they come from outside.
-- Spring Modulith's event_publication table is the framework's own and is left as it ships.

alter table aanmelding
    add constraint aanmelding_besluit_toelichting_lengte check (char_length(besluit_toelichting) <= 20000),
    add constraint aanmelding_onderzoek_lengte check (char_length(onderzoek) <= 20000),
    add constraint aanmelding_verlengingsreden_lengte check (char_length(verlengingsreden) <= 2000);

alter table aanvraag
    add constraint aanvraag_aanvulling_vraag_lengte check (char_length(aanvulling_vraag) <= 20000),
    add constraint aanvraag_ondersteuningsbehoeften_lengte check (char_length(ondersteuningsbehoeften) <= 20000),
    add constraint aanvraag_opp_samenvatting_lengte check (char_length(opp_samenvatting) <= 20000),
    add constraint aanvraag_vraag_lengte check (char_length(vraag) <= 20000),
    add constraint aanvraag_wat_geprobeerd_lengte check (char_length(wat_geprobeerd) <= 20000),
    add constraint aanvraag_zienswijze_ouders_lengte check (char_length(zienswijze_ouders) <= 20000);

alter table arrangementsoort
    add constraint arrangementsoort_naam_lengte check (char_length(naam) <= 200);

alter table auditregel
    add constraint auditregel_gebruiker_lengte check (char_length(gebruiker) <= 200),
    add constraint auditregel_ip_adres_lengte check (char_length(ip_adres) <= 100),
    add constraint auditregel_omschrijving_lengte check (char_length(omschrijving) <= 10000),
    add constraint auditregel_record_id_lengte check (char_length(record_id) <= 10000),
    add constraint auditregel_recordsoort_lengte check (char_length(recordsoort) <= 100);

alter table bericht
    add constraint bericht_fout_lengte check (char_length(fout) <= 10000),
    add constraint bericht_onderwerp_lengte check (char_length(onderwerp) <= 1000),
    add constraint bericht_sleutel_lengte check (char_length(sleutel) <= 500);

alter table besluit
    add constraint besluit_aanleiding_lengte check (char_length(aanleiding) <= 25000),
    add constraint besluit_besloten_door_lengte check (char_length(besloten_door) <= 200),
    add constraint besluit_motivering_lengte check (char_length(motivering) <= 20000);

alter table bezwaar
    add constraint bezwaar_gronden_lengte check (char_length(gronden) <= 20000),
    add constraint bezwaar_lbt_advies_lengte check (char_length(lbt_advies) <= 20000),
    add constraint bezwaar_toelichting_lengte check (char_length(toelichting) <= 20000);

alter table bijlage
    add constraint bijlage_bestandsnaam_lengte check (char_length(bestandsnaam) <= 255),
    add constraint bijlage_geupload_door_lengte check (char_length(geupload_door) <= 200),
    add constraint bijlage_mediatype_lengte check (char_length(mediatype) <= 200);

alter table commissie_aanwezige
    add constraint commissie_aanwezige_rol_lengte check (char_length(rol) <= 100);

alter table commissievergadering
    add constraint commissievergadering_notulen_lengte check (char_length(notulen) <= 100000);

alter table deskundigenadvies
    add constraint deskundigenadvies_deskundige_naam_lengte check (char_length(deskundige_naam) <= 200),
    add constraint deskundigenadvies_motivering_lengte check (char_length(motivering) <= 20000);

alter table duo_export
    add constraint duo_export_door_lengte check (char_length(door) <= 200),
    add constraint duo_export_inhoud_lengte check (char_length(inhoud) <= 100000000);

alter table formulierinzending
    add constraint formulierinzending_doel_lengte check (char_length(doel) <= 2000),
    add constraint formulierinzending_gebruiker_lengte check (char_length(gebruiker) <= 200);

alter table gebruiker
    add constraint gebruiker_email_lengte check (char_length(email) <= 254),
    add constraint gebruiker_externe_id_lengte check (char_length(externe_id) <= 500),
    add constraint gebruiker_gebruikersnaam_lengte check (char_length(gebruikersnaam) <= 100),
    add constraint gebruiker_naam_lengte check (char_length(naam) <= 200),
    add constraint gebruiker_wachtwoord_hash_lengte check (char_length(wachtwoord_hash) <= 500);

alter table gemeente
    add constraint gemeente_naam_lengte check (char_length(naam) <= 100);

alter table herindeling
    add constraint herindeling_nieuwe_gemeente_lengte check (char_length(nieuwe_gemeente) <= 100),
    add constraint herindeling_uitgevoerd_door_lengte check (char_length(uitgevoerd_door) <= 200);

alter table herinnering
    add constraint herinnering_ontvanger_lengte check (char_length(ontvanger) <= 254);

alter table leerling
    add constraint leerling_achternaam_lengte check (char_length(achternaam) <= 100),
    add constraint leerling_voornaam_lengte check (char_length(voornaam) <= 100);

alter table ondersteuningsdomein
    add constraint ondersteuningsdomein_naam_lengte check (char_length(naam) <= 100);

alter table ouder_contact
    add constraint ouder_contact_email_lengte check (char_length(email) <= 200),
    add constraint ouder_contact_naam_lengte check (char_length(naam) <= 200),
    add constraint ouder_contact_relatie_lengte check (char_length(relatie) <= 50),
    add constraint ouder_contact_telefoon_lengte check (char_length(telefoon) <= 30);

alter table plaatsingspoging
    add constraint plaatsingspoging_reden_lengte check (char_length(reden) <= 2000);

alter table postcodegebied
    add constraint postcodegebied_bijzonderheid_lengte check (char_length(bijzonderheid) <= 500);

alter table regio_indeling_import
    add constraint regio_indeling_import_bestandsnaam_lengte check (char_length(bestandsnaam) <= 255),
    add constraint regio_indeling_import_ingelezen_door_lengte check (char_length(ingelezen_door) <= 200);

alter table samenwerkingsverband
    add constraint samenwerkingsverband_directeur_lengte check (char_length(directeur) <= 200),
    add constraint samenwerkingsverband_email_lengte check (char_length(email) <= 200),
    add constraint samenwerkingsverband_naam_lengte check (char_length(naam) <= 200),
    add constraint samenwerkingsverband_plaats_lengte check (char_length(plaats) <= 100),
    add constraint samenwerkingsverband_straat_lengte check (char_length(straat) <= 200),
    add constraint samenwerkingsverband_telefoon_lengte check (char_length(telefoon) <= 30),
    add constraint samenwerkingsverband_website_lengte check (char_length(website) <= 200);

alter table schoolbestuur
    add constraint schoolbestuur_naam_lengte check (char_length(naam) <= 200);

alter table schoolondersteuningsprofiel
    add constraint schoolondersteuningsprofiel_toelichting_lengte check (char_length(toelichting) <= 5000);

alter table schoolvakantie
    add constraint schoolvakantie_naam_lengte check (char_length(naam) <= 100);

alter table sop_aanbod
    add constraint sop_aanbod_capaciteit_lengte check (char_length(capaciteit) <= 500),
    add constraint sop_aanbod_expertise_lengte check (char_length(expertise) <= 500),
    add constraint sop_aanbod_voorzieningen_lengte check (char_length(voorzieningen) <= 500);

alter table vestiging
    add constraint vestiging_huisnummer_lengte check (char_length(huisnummer) <= 20),
    add constraint vestiging_naam_lengte check (char_length(naam) <= 200),
    add constraint vestiging_plaats_lengte check (char_length(plaats) <= 100),
    add constraint vestiging_straat_lengte check (char_length(straat) <= 200);
