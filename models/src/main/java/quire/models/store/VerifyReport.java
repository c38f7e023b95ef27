package quire.models.store;

import java.nio.file.Path;
import java.util.List;

/** The result of rehashing an installed model folder against its manifest. */
public record VerifyReport(String id, String precision, Path dir, List<FileCheck> files) {

    public enum Status { OK, MISSING, SIZE_MISMATCH, HASH_MISMATCH }

    public record FileCheck(String path, Status status, String detail) {
    }

    public boolean ok() {
        return files.stream().allMatch(f -> f.status() == Status.OK);
    }

    public List<FileCheck> problems() {
        return files.stream().filter(f -> f.status() != Status.OK).toList();
    }
}
