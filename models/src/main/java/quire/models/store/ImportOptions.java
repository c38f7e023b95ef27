package quire.models.store;

import quire.models.catalog.Precision;

/**
 * How to import a folder the user already has.
 *
 * @param id        catalog id, or null to recognise the model from {@code config.json}
 * @param precision which graphs to take, or null for the first present in {@link Precision#PREFERENCE} order
 * @param mode      copy (default), hard-link, or move the files
 * @param replace   replace an installed folder of the same model and precision
 */
public record ImportOptions(String id, Precision precision, Mode mode, boolean replace) {

    public enum Mode { COPY, LINK, MOVE }

    public static ImportOptions copy() {
        return new ImportOptions(null, null, Mode.COPY, false);
    }
}
