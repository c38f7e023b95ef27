package quire.models.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One model of the catalog: where it lives on the hub and which files make up a folder of each precision.
 *
 * @param id             Quire's id ({@code smolvlm-256m})
 * @param repo           hub repository ({@code owner/name})
 * @param revision       commit to download (or a branch name when {@code revisionPinned} is false)
 * @param revisionPinned true when {@code revision} is a full commit hash
 * @param vocabSize      text vocabulary size, used to recognise an imported folder
 * @param hiddenSize     text hidden size, used to recognise an imported folder
 * @param externalData   true when every graph has an {@code .onnx_data} file beside it
 * @param commonFiles    configs, tokenizer and chat template, shared by all precisions
 * @param precisions     the graph files of each precision offered
 */
public record CatalogModel(
        String id,
        String repo,
        String revision,
        boolean revisionPinned,
        String license,
        String description,
        int vocabSize,
        int hiddenSize,
        boolean externalData,
        List<CatalogFile> commonFiles,
        Map<Precision, List<CatalogFile>> precisions) {

    /** The graphs every model folder has (mllm-runtime.md). */
    public static final List<String> GRAPHS = List.of("vision_encoder", "embed_tokens", "decoder_model_merged");

    public CatalogModel {
        commonFiles = List.copyOf(commonFiles);
        precisions = Map.copyOf(precisions);
    }

    public Set<Precision> supportedPrecisions() {
        return precisions.keySet();
    }

    public boolean supports(Precision precision) {
        return precisions.containsKey(precision);
    }

    /** The files of a folder in this precision: common files first, then the graphs. */
    public List<CatalogFile> files(Precision precision) {
        List<CatalogFile> graphs = precisions.get(precision);
        if (graphs == null) {
            throw new IllegalArgumentException(id + " has no " + precision + " export");
        }
        List<CatalogFile> all = new ArrayList<>(commonFiles);
        all.addAll(graphs);
        return all;
    }

    /** True when every graph file of the precision has an approximate size in the catalog. */
    public boolean approxSizeKnown(Precision precision) {
        return precisions.containsKey(precision)
                && precisions.get(precision).stream().allMatch(f -> f.approxSize() != null);
    }

    /** The sum of the known approximate sizes (files of unknown size count as zero). */
    public long approxSize(Precision precision) {
        return files(precision).stream().mapToLong(f -> f.approxSize() == null ? 0 : f.approxSize()).sum();
    }
}
