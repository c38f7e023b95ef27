/**
 * The catalog of downloadable models ({@code catalog.json}): hub repository, pinned revision, files per precision,
 * sizes and hashes. Pure data; knows nothing about HTTP or the model cache.
 */
package quire.models.catalog;
