package quire.app.viewer.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import quire.app.viewer.task.BackgroundTask;
import quire.models.ModelException;

/**
 * The model store as a directory of model directories (one per id), until the model manager lands: lists the
 * known ids and whatever was imported; imports copy a directory file by file; pulls need the model manager.
 */
public final class LocalModelService implements ModelService {

    public static final List<String> KNOWN_IDS = List.of("smolvlm-256m", "smolvlm-500m", "granite-docling-258m");

    private final Path store;

    public LocalModelService(Path store) {
        this.store = store;
    }

    @Override
    public List<ModelInfo> list() throws IOException {
        List<ModelInfo> out = new ArrayList<>();
        for (String id : KNOWN_IDS) {
            out.add(info(id));
        }
        if (Files.isDirectory(store)) {
            try (Stream<Path> dirs = Files.list(store)) {
                for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                    String id = d.getFileName().toString();
                    if (!KNOWN_IDS.contains(id)) {
                        out.add(info(id));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void pull(String id, BackgroundTask.Progress progress) throws ModelException {
        throw new ModelException("downloading " + id + " needs the model manager; import a model directory instead");
    }

    @Override
    public ModelInfo importDirectory(Path dir, BackgroundTask.Progress progress) throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new ModelException(dir + " is not a model directory");
        }
        Path target = store.resolve(dir.getFileName().toString());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (int i = 0; i < files.size(); i++) {
            progress.cancellation().throwIfCancelled();
            Path f = files.get(i);
            Path to = target.resolve(dir.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            progress.update(i + 1, files.size(), f.getFileName().toString());
        }
        return info(target.getFileName().toString());
    }

    private ModelInfo info(String id) throws IOException {
        Path dir = store.resolve(id);
        if (!Files.isDirectory(dir)) {
            return new ModelInfo(id, false, "", dir, 0);
        }
        long size;
        try (Stream<Path> walk = Files.walk(dir)) {
            size = walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
        return new ModelInfo(id, true, "fp32", dir, size);
    }
}
