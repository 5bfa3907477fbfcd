package nl.thuisnabij.aanvraag;

import java.util.List;

/** The reminders one batch of the daily term check claimed: one stored event per batch, not per reminder. */
public record TermijnenVerstreken(List<TermijnVerstreken> termijnen) {
}
