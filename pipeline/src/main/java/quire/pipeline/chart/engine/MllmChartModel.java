package quire.pipeline.chart.engine;

import java.awt.image.BufferedImage;
import java.util.List;
import quire.models.ModelException;
import quire.models.mllm.Cancellation;
import quire.models.mllm.FeatureTransform;
import quire.models.mllm.GenerationOptions;
import quire.models.mllm.GenerationResult;
import quire.models.mllm.Idefics3Runtime;
import quire.models.mllm.MllmRequest;
import quire.models.mllm.ModelFolder;
import quire.models.mllm.Precision;
import quire.models.mllm.TokenListener;
import quire.models.mllm.image.RgbImage;
import quire.models.mllm.prompt.ChatTemplate.Part;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;
import quire.models.store.InstalledModel;

/**
 * {@link ChartModel} over an installed Idefics3-family model (granite-docling): the picture first, then the prompt,
 * greedy decoding, special tokens kept because DocTags are made of them. Owns its session factory.
 */
public final class MllmChartModel implements ChartModel, AutoCloseable {

    private final OnnxSessionFactory factory;
    private final Idefics3Runtime runtime;
    private final int maxNewTokens;

    private MllmChartModel(OnnxSessionFactory factory, Idefics3Runtime runtime, int maxNewTokens) {
        this.factory = factory;
        this.runtime = runtime;
        this.maxNewTokens = maxNewTokens;
    }

    /** Loads the model folder now; a missing or broken folder is a {@link ModelException} (exit 4). */
    public static MllmChartModel open(ModelFolder folder, int maxNewTokens) throws ModelException {
        OnnxSessionFactory factory = new OnnxSessionFactory(SessionSettings.fromSystemProperties());
        try {
            return new MllmChartModel(factory, Idefics3Runtime.open(folder, factory), maxNewTokens);
        } catch (ModelException | RuntimeException e) {
            factory.close();
            throw e;
        }
    }

    /** An installed model (store or folder) in its installed precision. */
    public static MllmChartModel open(InstalledModel model, int maxNewTokens) throws ModelException {
        return open(ModelFolder.open(model.dir(), Precision.parse(model.precision().id())), maxNewTokens);
    }

    /** The folder's name, for the engine field and warnings. */
    public String name() {
        return runtime.folder().dir().getFileName().toString();
    }

    @Override
    public String generate(BufferedImage image, String prompt) throws ModelException, InterruptedException {
        MllmRequest request = new MllmRequest(List.of(new Part.Image(), new Part.Text(prompt)),
                List.of(runtime.preprocess(RgbImage.of(image))), GenerationOptions.greedy(maxNewTokens),
                FeatureTransform.IDENTITY, true);
        GenerationResult r = runtime.generate(request, TokenListener.NONE, new Cancellation());
        if (r.stop() == GenerationResult.Stop.CANCELLED) {
            throw new InterruptedException("chart model cancelled");
        }
        return r.text();
    }

    @Override
    public void close() {
        runtime.close();
        factory.close();
    }
}
