package quire.pipeline.ask.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import quire.ocr.text.TextSource;

/**
 * An opened, complete index of one document: the lexical index (always) and the dense one (once filled in).
 * Lucene doc ids equal block ordinals in both.
 */
public final class DocumentIndex implements AutoCloseable {

    static final String LEXICAL = "lexical";
    static final String DENSE = "dense";

    private final Path file;
    private final Path dir;
    private volatile IndexMeta meta;
    private final DirectoryReader lexical;
    // filled in later, possibly by a background thread
    private volatile DirectoryReader dense;
    private boolean closed;

    private DocumentIndex(Path file, Path dir, IndexMeta meta, DirectoryReader lexical, DirectoryReader dense) {
        this.file = file;
        this.dir = dir;
        this.meta = meta;
        this.lexical = lexical;
        this.dense = dense;
    }

    static DocumentIndex open(Path file, Path dir, IndexMeta meta) throws IOException {
        DirectoryReader lex = DirectoryReader.open(FSDirectory.open(dir.resolve(LEXICAL)));
        DirectoryReader den = null;
        if (meta.dense() && Files.isDirectory(dir.resolve(DENSE))) {
            den = DirectoryReader.open(FSDirectory.open(dir.resolve(DENSE)));
        }
        return new DocumentIndex(file, dir, meta, lex, den);
    }

    /** The file as the user named it (several names may share one cached index). */
    public Path file() {
        return file;
    }

    public Path directory() {
        return dir;
    }

    public IndexMeta meta() {
        return meta;
    }

    public DirectoryReader lexical() {
        return lexical;
    }

    public Optional<DirectoryReader> dense() {
        return Optional.ofNullable(dense);
    }

    /**
     * Adds the dense index once it is complete (searches from then on use it); false, and the reader closed, when
     * this index was closed meanwhile.
     */
    synchronized boolean attachDense(DirectoryReader reader, IndexMeta completed) throws IOException {
        if (closed) {
            reader.close();
            return false;
        }
        DirectoryReader old = dense;
        dense = reader;
        meta = completed;
        if (old != null) {
            old.close();
        }
        return true;
    }

    /** The block with this ordinal (= lexical doc id), boxes included. */
    public Block block(int ordinal) throws IOException {
        StoredFields fields = lexical.storedFields();
        Document d = fields.document(ordinal);
        return BlockCodec.decode(d.getField(IndexStore.PAGE).numericValue().intValue(), ordinal,
                d.get(IndexStore.RAW), d.get(IndexStore.LAYOUT), TextSource.valueOf(d.get(IndexStore.SOURCE)));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lexical.close();
            if (dense != null) {
                dense.close();
            }
        } catch (IOException e) {
            // readers of a local cache: nothing to recover
        }
    }
}
