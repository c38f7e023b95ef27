package quire.app.viewer.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.viewer.RecordingNotifier;
import quire.app.viewer.TestDocs;
import quire.app.viewer.TestDocs.Text;
import quire.app.viewer.service.SettingsStore;
import quire.app.viewer.service.ViewerServices;
import quire.app.viewer.task.SameThreadTaskExecutor;

/** The window's view model without the toolkit: real documents, a same-thread executor. */
class MainViewModelTest {

    @TempDir
    Path tmp;
    private final RecordingNotifier notifier = new RecordingNotifier();

    private MainViewModel model(Path config) {
        return new MainViewModel(ViewerServices.standard(new SettingsStore(config)), new SameThreadTaskExecutor(),
                notifier);
    }

    private Path report() throws Exception {
        return TestDocs.pdf(tmp.resolve("report.pdf"), 300, 200, List.of(
                List.of(new Text("Revenue grew", 20, 150, 12)),
                List.of(new Text("Revenue fell, revenue rose", 20, 150, 12))));
    }

    @Test
    void openingShowsTheDocumentAndRemembersIt() throws Exception {
        Path config = tmp.resolve("config");
        MainViewModel vm = model(config);
        Path pdf = report();
        vm.open(List.of(pdf));
        assertThat(vm.document().pages()).hasSize(2);
        assertThat(vm.document().pages().get(0).width()).isEqualTo(300);
        assertThat(vm.titleProperty().get()).isEqualTo("report.pdf — Quire");
        assertThat(vm.openDocuments()).hasSize(1);
        assertThat(notifier.messages).isEmpty();
        assertThat(model(config).recentFiles()).containsExactly(pdf.toAbsolutePath().normalize());
        vm.closeAll();
    }

    @Test
    void theRouterDebugToggleDrawsEachPagesRegionsAndClearsThem() throws Exception {
        MainViewModel vm = model(tmp.resolve("config"));
        vm.open(List.of(report()));
        assertThat(vm.document().highlights()).noneMatch(h -> h.kind() == Highlight.Kind.ROUTER_REGION);

        vm.settings().showRouterRegionsProperty().set(true);
        List<Highlight> regions = vm.document().highlights().stream()
                .filter(h -> h.kind() == Highlight.Kind.ROUTER_REGION).toList();
        assertThat(regions).extracting(Highlight::page).contains(1, 2);
        // "Revenue grew" is drawn at x 20, baseline 150 on a 200 pt page: its text block sits near y 40..55
        assertThat(regions).filteredOn(h -> h.page() == 1).anySatisfy(h -> {
            assertThat(h.label()).contains("text-layer");
            assertThat(h.bbox().x0()).isBetween(15.0, 25.0);
            assertThat(h.bbox().y1()).isBetween(45.0, 60.0);
        });

        vm.settings().showRouterRegionsProperty().set(false);
        assertThat(vm.document().highlights()).noneMatch(h -> h.kind() == Highlight.Kind.ROUTER_REGION);
        vm.closeAll();
    }

    @Test
    void theDebugViewShowsTheOcrWordsOfAScannedPage() throws Exception {
        java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(1200, 500,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = scan.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1200, 500);
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 36));
        g.drawString("Scanned statement of accounts", 100, 150);
        g.drawString("Closing balance 1875 dollars", 100, 250);
        g.dispose();
        Path png = tmp.resolve("scan.png");
        javax.imageio.ImageIO.write(scan, "png", png.toFile());
        MainViewModel vm = model(tmp.resolve("config"));
        vm.open(List.of(png));
        vm.settings().showRouterRegionsProperty().set(true);
        List<Highlight> words = vm.document().highlights().stream()
                .filter(h -> h.kind() == Highlight.Kind.OCR_WORD).toList();
        // "Closing" is drawn from x 100 on the baseline y 250 (one point = one pixel for images)
        assertThat(words).anySatisfy(h -> {
            assertThat(h.label()).startsWith("Closing");
            assertThat(h.bbox().x0()).isBetween(90.0, 110.0);
            assertThat(h.bbox().y1()).isBetween(240.0, 265.0);
        });
        vm.settings().showRouterRegionsProperty().set(false);
        assertThat(vm.document().highlights()).noneMatch(h -> h.kind() == Highlight.Kind.OCR_WORD);
        vm.closeAll();
    }

    @Test
    void aCorruptFileBecomesAnErrorNotification() throws Exception {
        MainViewModel vm = model(tmp.resolve("config"));
        vm.open(List.of(TestDocs.corruptPdf(tmp.resolve("bad.pdf")), tmp.resolve("missing.pdf")));
        assertThat(notifier.errors()).hasSize(2);
        assertThat(notifier.errors().get(0).title()).isEqualTo("Cannot open bad.pdf");
        assertThat(notifier.errors().get(0).details()).isNotNull();
        assertThat(notifier.errors().get(1).title()).isEqualTo("Cannot open missing.pdf");
        assertThat(vm.document().documentProperty().get()).isNull();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void findHighlightsEveryHitAndRevealsTheCurrentOne() throws Exception {
        MainViewModel vm = model(tmp.resolve("config"));
        vm.open(List.of(report()));
        DocumentViewModel doc = vm.document();
        doc.findQueryProperty().set("revenue");
        doc.find();
        assertThat(doc.findHits()).hasSize(3);
        assertThat(doc.findStatusProperty().get()).isEqualTo("3 matches");
        assertThat(doc.highlights()).extracting(Highlight::kind).containsExactly(Highlight.Kind.FIND_CURRENT,
                Highlight.Kind.FIND, Highlight.Kind.FIND);
        assertThat(doc.revealProperty().get().page()).isEqualTo(1);
        doc.nextHit();
        assertThat(doc.revealProperty().get().page()).isEqualTo(2);
        assertThat(doc.highlights().get(1).kind()).isEqualTo(Highlight.Kind.FIND_CURRENT);
        doc.previousHit();
        doc.previousHit();
        assertThat(doc.findIndexProperty().get()).isEqualTo(2);
        vm.closeAll();
    }

    @Test
    void anEncryptedPdfAsksForItsPasswordUntilRightOrGivenUp() throws Exception {
        Path plain = report();
        Path locked = tmp.resolve("locked.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
                    new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner-pw", "secret",
                            new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        java.util.List<Boolean> retries = new java.util.ArrayList<>();
        java.util.Iterator<String> answers = List.of("wrong", "secret").iterator();
        MainViewModel vm = model(tmp.resolve("config"));
        vm.setPasswordPrompt((file, retry) -> {
            retries.add(retry);
            return java.util.Optional.of(answers.next());
        });
        vm.open(List.of(locked));
        assertThat(retries).containsExactly(false, true);
        assertThat(vm.document().pages()).hasSize(2);
        assertThat(notifier.messages).isEmpty();
        vm.closeAll();

        MainViewModel giveUp = model(tmp.resolve("config2"));
        giveUp.setPasswordPrompt(quire.app.viewer.service.PasswordPrompt.NONE);
        giveUp.open(List.of(locked));
        assertThat(notifier.errors()).singleElement().satisfies(m -> assertThat(m.title()).isEqualTo(
                "Cannot open locked.pdf"));
    }

    @Test
    void closingTheShownDocumentShowsTheOtherOne() throws Exception {
        MainViewModel vm = model(tmp.resolve("config"));
        Path a = report();
        Path b = TestDocs.pdf(tmp.resolve("b.pdf"), 100, 100, List.of(List.of(new Text("b", 10, 50, 10))));
        vm.open(List.of(a, b));
        assertThat(vm.titleProperty().get()).startsWith("b.pdf");
        vm.closeCurrent();
        assertThat(vm.titleProperty().get()).startsWith("report.pdf");
        vm.closeCurrent();
        assertThat(vm.document().pages()).isEmpty();
        assertThat(vm.titleProperty().get()).isEqualTo("Quire");
    }
}
