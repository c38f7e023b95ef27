package quire.pipeline.summarize;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files a batch reads: explicit files as given, directories walked recursively (symbolic links followed, loops
 * detected and skipped) for PDFs and images, each folder's files in path order. Problems met while walking become
 * warnings, never failures.
 */
public record Inputs(List<Path> files, List<String> warnings) {

    private static final Set<String> EXTENSIONS = Set.of("pdf", "png", "jpg", "jpeg", "tif", "tiff");

    public Inputs {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** @param skip paths never to collect (the report and its state folder) */
    public static Inputs collect(List<Path> roots, Set<Path> skip) {
        Set<Path> files = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        Set<Path> skipAbs = new LinkedHashSet<>();
        skip.forEach(p -> skipAbs.add(p.toAbsolutePath().normalize()));
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                // sorted, so the report lists a folder in the same order on every file system
                Set<Path> found = new java.util.TreeSet<>();
                walk(root, found, warnings, skipAbs);
                files.addAll(found);
            } else {
                files.add(root); // missing or odd files are reported per file by the batch
            }
        }
        return new Inputs(new ArrayList<>(files), warnings);
    }

    static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static void walk(Path root, Set<Path> files, List<String> warnings, Set<Path> skip) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return skip.contains(dir.toAbsolutePath().normalize())
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!attrs.isDirectory() && supported(file)
                                    && !skip.contains(file.toAbsolutePath().normalize())) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                warnings.add(file + ": symbolic link loop, skipped");
                            } else if (e instanceof AccessDeniedException) {
                                warnings.add(file + ": permission denied, skipped (make it readable)");
                            } else if (supported(file) || Files.isSymbolicLink(file)) {
                                // a dangling link or a file that vanished: let the batch report it per file
                                if (supported(file)) {
                                    files.add(file);
                                } else {
                                    warnings.add(file + ": cannot be read (" + e.getMessage() + "), skipped");
                                }
                            } else {
                                warnings.add(file + ": cannot be read (" + e.getMessage() + "), skipped");
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            warnings.add(root + ": cannot be walked (" + e.getMessage() + ")");
        }
    }
}
