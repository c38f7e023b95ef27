package quire.pipeline.ask.index;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What a cached index holds: written last, so an index without it is incomplete and rebuilt.
 *
 * @param pages      pages of the document
 * @param blocks     blocks indexed (= Lucene documents, doc id = block ordinal)
 * @param emptyPages pages that yielded no words (no text layer and no OCR)
 * @param dense      whether the dense (embedding) index is complete
 */
public record IndexMeta(String sha256, int pages, int blocks, int emptyPages, boolean dense) {

    static final String FILE = "meta.properties";
    static final int VERSION = 4;

    IndexMeta withDense(boolean d) {
        return new IndexMeta(sha256, pages, blocks, emptyPages, d);
    }

    void write(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("version", Integer.toString(VERSION));
        p.setProperty("sha256", sha256);
        p.setProperty("pages", Integer.toString(pages));
        p.setProperty("blocks", Integer.toString(blocks));
        p.setProperty("emptyPages", Integer.toString(emptyPages));
        p.setProperty("dense", Boolean.toString(dense));
        Path tmp = dir.resolve(FILE + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "quire ask index");
        }
        Files.move(tmp, dir.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The meta of a complete index of the current version, or null when there is none. */
    static IndexMeta read(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        if (!Integer.toString(VERSION).equals(p.getProperty("version"))) {
            return null;
        }
        return new IndexMeta(p.getProperty("sha256"), Integer.parseInt(p.getProperty("pages")),
                Integer.parseInt(p.getProperty("blocks")), Integer.parseInt(p.getProperty("emptyPages")),
                Boolean.parseBoolean(p.getProperty("dense")));
    }
}
