package quire.pipeline.ask.bench;

import java.nio.file.Path;
import java.util.List;
import quire.pipeline.ask.AskJob;
import quire.pipeline.ask.AskOptions;
import quire.pipeline.ask.Corpus;
import quire.pipeline.ask.Units;
import quire.pipeline.ask.index.Block;
import quire.pipeline.ask.index.DocumentIndex;
import quire.pipeline.ask.index.IndexStore;

/** Prints the indexed blocks and answer units of one page of a document (from the ask cache). Args: FILE CACHE PAGE. */
public final class DumpIndex {

    public static void main(String[] args) throws Exception {
        int page = Integer.parseInt(args[2]);
        try (AskJob job = new AskJob(AskOptions.defaults().withCacheDir(Path.of(args[1])).withDense(false));
             Corpus c = job.open(List.of(Path.of(args[0])), IndexStore.Progress.NONE)) {
            DocumentIndex idx = c.indexes().get(0);
            for (int b = 0; b < idx.meta().blocks(); b++) {
                Block blk = idx.block(b);
                if (blk.page() != page) {
                    continue;
                }
                System.out.println("--- block " + b + " lines=" + blk.lines().size());
                blk.lines().forEach(l -> System.out.printf("  [%.0f %.0f %.0f %.0f] %s%n", l.bbox().x0(),
                        l.bbox().y0(), l.bbox().x1(), l.bbox().y1(), String.join("|", l.words().stream().map(w -> w.text() + "/" + w.source().ordinal()).toList())));
                Units.of(blk).forEach(u -> System.out.println("  unit row=" + u.row() + ": " + u.text()));
            }
        }
    }

    private DumpIndex() {
    }
}
