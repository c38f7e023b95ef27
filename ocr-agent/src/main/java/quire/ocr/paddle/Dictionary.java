package quire.ocr.paddle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import quire.models.ModelException;

/** The recognizer's classes: index 0 is the CTC blank, then one key per dictionary line, then a space. */
public final class Dictionary {

    private final String[] classes;

    public Dictionary(List<String> keys) {
        classes = new String[keys.size() + 2];
        classes[0] = "";
        for (int i = 0; i < keys.size(); i++) {
            classes[i + 1] = keys.get(i);
        }
        classes[classes.length - 1] = " ";
    }

    public static Dictionary load(Path file) throws ModelException {
        try {
            List<String> keys = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                keys.add(line.replace("\r", ""));
            }
            if (keys.isEmpty()) {
                throw new ModelException("PP-OCR dictionary " + file + " is empty; reinstall the OCR models");
            }
            return new Dictionary(keys);
        } catch (IOException e) {
            throw new ModelException("cannot read PP-OCR dictionary " + file + "; reinstall the OCR models", e);
        }
    }

    /** Number of classes including blank and space (6625 for ppocr_keys_v1). */
    public int size() {
        return classes.length;
    }

    public String get(int index) {
        return classes[index];
    }

    public boolean isSpace(int index) {
        return index == classes.length - 1 || " ".equals(classes[index]);
    }
}
