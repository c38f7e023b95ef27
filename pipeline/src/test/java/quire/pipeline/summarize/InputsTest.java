package quire.pipeline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collecting a batch's inputs: a folder's documents in path order, whatever order the file system lists them. */
class InputsTest {

    @Test
    void folderContentsComeInPathOrderAfterExplicitFilesAsGiven(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("m.pdf", "b.png", "z.pdf", "sub/a.pdf", "c.txt", "a.jpg")) {
            Files.createDirectories(in.resolve(name).getParent());
            Files.writeString(in.resolve(name), name);
        }
        Path single = Files.writeString(dir.resolve("zz.pdf"), "x");

        Inputs got = Inputs.collect(List.of(single, in), Set.of());

        assertThat(got.files()).containsExactly(single, in.resolve("a.jpg"), in.resolve("b.png"),
                in.resolve("m.pdf"), in.resolve("sub/a.pdf"), in.resolve("z.pdf"));
        assertThat(got.warnings()).isEmpty();
    }
}
