package quire.app.viewer.service;

import quire.ocr.text.BBox;

/** Where an answer comes from: a page, a box in displayed-page points, and the text found there. */
public record Evidence(int page, BBox bbox, String text) {
}
