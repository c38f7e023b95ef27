/**
 * ONNX Runtime sessions, model catalog, downloads and the MLLM runtime. Knows nothing about PDFs or pages.
 */
package quire.models;
