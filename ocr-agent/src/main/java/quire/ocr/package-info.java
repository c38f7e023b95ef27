/**
 * OCR engines behind one interface: PP-OCR in ONNX Runtime (primary) and Tesseract via Tess4J (fallback).
 */
package quire.ocr;
