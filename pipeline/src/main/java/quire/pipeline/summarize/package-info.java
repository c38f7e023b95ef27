/**
 * Batch summaries of document folders: per-document extractive summaries (TextRank over sentence embeddings),
 * key figures, charts and processing notes; a folder overview; resumable state keyed by content hash; reports in
 * Markdown, HTML and JSON written atomically.
 */
package quire.pipeline.summarize;
