package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quire.app.cli.CliFixtures.Result;

/** The info, text and render commands through {@code Main.run}, on real files made with PDFBox. */
class CliIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"random", "truncated", "encrypted", "wrong-password", "empty", "directory", "missing",
        "no-pages", "not-a-pdf-inside"})
    void unreadableInputsExitWith3AndOneErrorLine(String kind) throws Exception {
        Path input = switch (kind) {
            case "random" -> CliFixtures.randomBytes(dir.resolve("random.pdf"));
            case "truncated" -> CliFixtures.truncatedPdf(dir.resolve("cut.pdf"));
            case "encrypted", "wrong-password" -> CliFixtures.encryptedPdf(dir.resolve("locked.pdf"), "s3cret");
            case "empty" -> Files.write(dir.resolve("empty.pdf"), new byte[0]);
            case "directory" -> Files.createDirectory(dir.resolve("folder.pdf"));
            case "no-pages" -> CliFixtures.emptyPdf(dir.resolve("nothing.pdf"));
            case "not-a-pdf-inside" -> Files.writeString(dir.resolve("fake.pdf"), "%PDF-1.7\nthis is not a PDF\n%%EOF\n");
            default -> dir.resolve("nowhere.pdf");
        };
        String[] args = kind.equals("wrong-password")
                ? new String[] {"info", input.toString(), "--password", "guess"}
                : new String[] {"info", input.toString()};
        for (String command : new String[] {"info", "text"}) {
            args[0] = command;
            Result r = CliFixtures.run(args);
            assertThat(r.code()).as("%s %s: %s", command, kind, r.err()).isEqualTo(ExitCode.UNREADABLE_INPUT);
            assertThat(r.errLines()).as("one stderr line: %s", r.err()).isEqualTo(1);
            assertThat(r.err()).startsWith("quire: ");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void encryptedPdfOpensWithItsPassword() throws Exception {
        Path pdf = CliFixtures.encryptedPdf(dir.resolve("locked.pdf"), "s3cret");
        Result r = CliFixtures.run("info", pdf.toString(), "--json", "--password", "s3cret");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("encrypted").asBoolean()).isTrue();
        Result text = CliFixtures.run("text", pdf.toString(), "--password", "s3cret");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Revenue grew in 2019");
    }

    @Test
    void infoJsonHasTheCliMdShape() throws Exception {
        Path pdf = CliFixtures.textPdf(dir.resolve("two.pdf"), 2);
        Result r = CliFixtures.run("info", pdf.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("file").asText()).isEqualTo(pdf.toString());
        assertThat(root.get("pages").asInt()).isEqualTo(2);
        assertThat(root.get("encrypted").asBoolean()).isFalse();
        JsonNode page = root.get("page_info").get(1);
        assertThat(page.get("page").asInt()).isEqualTo(2);
        assertThat(page.get("width").asDouble()).isEqualTo(612.0);
        assertThat(page.get("height").asDouble()).isEqualTo(792.0);
        assertThat(page.get("rotation").asInt()).isZero();
        assertThat(page.get("text_layer").asBoolean()).isTrue();
        assertThat(page.get("chars").asInt()).isEqualTo("Revenuegrewin2020Page2ofthereport".length());
        assertThat(page.get("images").asInt()).isZero();
    }

    @Test
    void textJsonHasTheCliMdShapeAndBoxesOnThePage() throws Exception {
        Path pdf = CliFixtures.textPdf(dir.resolve("three.pdf"), 3);
        Result r = CliFixtures.run("text", pdf.toString(), "--pages", "2-3", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("file").asText()).isEqualTo(pdf.toString());
        JsonNode pages = root.get("pages");
        assertThat(pages).hasSize(2);
        JsonNode p2 = pages.get(0);
        assertThat(p2.get("page").asInt()).isEqualTo(2);
        assertThat(p2.get("source").asText()).isEqualTo("text-layer");
        assertThat(p2.get("width").asDouble()).isEqualTo(612.0);
        JsonNode first = p2.get("words").get(0);
        assertThat(first.get("text").asText()).isEqualTo("Revenue");
        assertThat(first.get("conf").asDouble()).isEqualTo(1.0);
        JsonNode bbox = first.get("bbox");
        assertThat(bbox).hasSize(4);
        // drawn at x=72 with its baseline 92 pt below the top, 12 pt Helvetica (ascender 718)
        assertThat(bbox.get(0).asDouble()).isCloseTo(72, org.assertj.core.data.Offset.offset(0.5));
        assertThat(bbox.get(1).asDouble()).isCloseTo(92 - 0.718 * 12, org.assertj.core.data.Offset.offset(0.5));
        assertThat(p2.get("lines").get(0).get("text").asText()).isEqualTo("Revenue grew in 2020");
        assertThat(p2.get("lines").get(1).get("text").asText()).isEqualTo("Page 2 of the report");
        assertThat(p2.get("lines").get(0).get("bbox")).hasSize(4);
    }

    @Test
    void plainTextPrintsPageByPage() throws Exception {
        Path pdf = CliFixtures.textPdf(dir.resolve("two.pdf"), 2);
        Result r = CliFixtures.run("text", pdf.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsSubsequence("Revenue grew in 2019", "Page 1 of the report",
                "Revenue grew in 2020", "Page 2 of the report");
    }

    @Test
    void badPageRangeIsAUsageError() throws Exception {
        Path pdf = CliFixtures.textPdf(dir.resolve("one.pdf"), 1);
        Result r = CliFixtures.run("text", pdf.toString(), "--pages", "3-1");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).isEqualTo(1);
        Result unknown = CliFixtures.run("text", pdf.toString(), "--no-such-flag");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void verboseAddsTheStackTrace() throws Exception {
        Result r = CliFixtures.run("info", dir.resolve("nowhere.pdf").toString(), "--verbose");
        // --verbose switched the whole JVM's logging to debug; put it back for the other tests
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(r.err()).contains("DocumentException").contains("\tat ");
    }

    @Test
    void renderWritesPngAndPpmPerPage() throws Exception {
        Path pdf = CliFixtures.textPdf(dir.resolve("three.pdf"), 3);
        Path png = dir.resolve("png");
        Result r = CliFixtures.run("render", pdf.toString(), "--pages", "1,3", "--dpi", "72", "--out", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(png.resolve("page-2.png")).doesNotExist();
        BufferedImage page3 = ImageIO.read(png.resolve("page-3.png").toFile());
        assertThat(page3.getWidth()).isEqualTo(612);
        assertThat(page3.getHeight()).isEqualTo(792);
        assertThat(hasInk(page3)).isTrue();

        Path ppm = dir.resolve("ppm");
        r = CliFixtures.run("render", pdf.toString(), "--pages", "2", "--dpi", "36", "--format", "ppm", "--gray",
                "--out", ppm.toString());
        assertThat(r.code()).as(r.err()).isZero();
        byte[] bytes = Files.readAllBytes(ppm.resolve("page-2.ppm"));
        String header = "P5\n306 396\n255\n";
        assertThat(new String(bytes, 0, header.length(), StandardCharsets.US_ASCII)).isEqualTo(header);
        assertThat(bytes).hasSize(header.length() + 306 * 396);

        r = CliFixtures.run("render", pdf.toString(), "--pages", "1", "--dpi", "36", "--format", "ppm",
                "--out", ppm.toString());
        byte[] rgb = Files.readAllBytes(ppm.resolve("page-1.ppm"));
        assertThat(new String(rgb, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("P6");
        assertThat(rgb).hasSize("P6\n306 396\n255\n".length() + 306 * 396 * 3);
    }

    @Test
    void renderRefusesPagesOverThePixelCapUnlessAskedToFit() throws Exception {
        Path pdf = CliFixtures.textPdf(dir.resolve("one.pdf"), 1);
        Result r = CliFixtures.run("render", pdf.toString(), "--dpi", "600", "--max-megapixels", "1",
                "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(r.err()).contains("megapixels");
        r = CliFixtures.run("render", pdf.toString(), "--dpi", "600", "--max-megapixels", "1", "--fit",
                "--out", dir.resolve("o").toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(dir.resolve("o/page-1.png"))) {
            BufferedImage img = ImageIO.read(in);
            assertThat((long) img.getWidth() * img.getHeight()).isLessThanOrEqualTo(1_000_000L);
        }
    }

    private static boolean hasInk(BufferedImage img) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFF) < 100) {
                    return true;
                }
            }
        }
        return false;
    }
}
