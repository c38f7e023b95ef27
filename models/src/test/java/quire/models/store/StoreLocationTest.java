package quire.models.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreLocationTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            Linux,      /home/ann, '',                 '',                 /home/ann/.local/share/quire/models
            Linux,      /home/ann, /data/xdg,          '',                 /data/xdg/quire/models
            Mac OS X,   /Users/ann, '',                '',                 /Users/ann/Library/Application Support/Quire/models
            Windows 11, /users/ann, '',                /appdata/local,     /appdata/local/Quire/models
            Windows 11, /users/ann, '',                '',                 /users/ann/AppData/Local/Quire/models
            """)
    void platformDefaults(String os, String home, String xdg, String localAppData, String expected) {
        Map<String, String> env = new HashMap<>();
        if (!xdg.isEmpty()) {
            env.put("XDG_DATA_HOME", xdg);
        }
        if (!localAppData.isEmpty()) {
            env.put("LOCALAPPDATA", localAppData);
        }
        assertThat(StoreLocation.platformDefault(os, home, env)).isEqualTo(Path.of(expected));
    }

    @Test
    void systemPropertyWinsOverEnvironmentWhichWinsOverPlatform() {
        Properties props = new Properties();
        props.setProperty("os.name", "Linux");
        props.setProperty("user.home", "/home/ann");
        Map<String, String> env = new HashMap<>();
        assertThat(StoreLocation.resolve(env, props)).isEqualTo(Path.of("/home/ann/.local/share/quire/models"));
        env.put("QUIRE_MODELS", "/env/models");
        assertThat(StoreLocation.resolve(env, props)).isEqualTo(Path.of("/env/models"));
        props.setProperty("quire.models", "/prop/models");
        assertThat(StoreLocation.resolve(env, props)).isEqualTo(Path.of("/prop/models"));
    }
}
