/**
 * The local model cache ({@link quire.models.store.ModelStore}): installed model folders, pull from the hub,
 * import of folders users already have, verify and remove.
 */
package quire.models.store;
