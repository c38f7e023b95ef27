/**
 * Documents, pages, text layer, rendering, router, slicer, token merger and the jobs (ask, chart-to-table, summarize). No JavaFX.
 */
package quire.pipeline;
