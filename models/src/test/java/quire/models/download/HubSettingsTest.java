package quire.models.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.ModelCatalog;
import quire.models.catalog.Precision;

class HubSettingsTest {

    @Test
    void propertyBeatsEnvironmentWhichBeatsThePublicHub() {
        Map<String, String> env = new HashMap<>();
        Properties props = new Properties();
        assertThat(HubSettings.fromEnvironment(env, props).baseUri()).isEqualTo(URI.create(HubSettings.DEFAULT_BASE));
        env.put("QUIRE_HUB_URL", "http://mirror.example/");
        assertThat(HubSettings.fromEnvironment(env, props).baseUri()).isEqualTo(URI.create("http://mirror.example"));
        props.setProperty("quire.hub", "http://127.0.0.1:8080");
        props.setProperty("quire.hub.timeout", "1.5");
        env.put("HF_TOKEN", "hf_secret");
        HubSettings s = HubSettings.fromEnvironment(env, props);
        assertThat(s.baseUri()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(s.stallTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(s.token()).isEqualTo("hf_secret");
        assertThat(s.resolveUri("me/model", "abc", "onnx/x.onnx"))
                .isEqualTo(URI.create("http://127.0.0.1:8080/me/model/resolve/abc/onnx/x.onnx"));
    }

    @Test
    void tokenGoesToTheHubButNotToTheHostAFileRedirectsTo(@TempDir java.nio.file.Path dir) throws Exception {
        CatalogModel model = ModelCatalog.builtIn().find("smolvlm-256m").orElseThrow();
        try (FakeHub hub = new FakeHub()) {
            FakeModels.serve(hub, model, Precision.Q8, 1_000);
            // the same server under two names: "localhost" is the hub, 127.0.0.1 the storage host of LFS files
            URI asLocalhost = URI.create("http://localhost:" + hub.base().getPort());
            HubClient client = new HubClient(new HubSettings(asLocalhost, "hf_secret", Duration.ofSeconds(2),
                    Duration.ofSeconds(5), 1, Duration.ofMillis(10)));
            String decoder = "onnx/decoder_model_merged_quantized.onnx";
            RemoteFile remote = client.probe(new FileRequest(model.repo(), model.revision(), decoder, null));
            new FileDownloader(client).download(remote, dir.resolve("d.onnx"), TransferListener.NONE);

            List<FakeHub.Request> requests = hub.requests();
            assertThat(requests).filteredOn(r -> r.path().contains("/resolve/"))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer hf_secret"));
            assertThat(requests).filteredOn(r -> r.path().startsWith("/lfs/"))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.authorization()).isNull());
        }
    }
}
