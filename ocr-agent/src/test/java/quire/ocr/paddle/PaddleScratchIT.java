package quire.ocr.paddle;

import org.junit.jupiter.api.Test;
import quire.ocr.testing.TestPages;
import quire.ocr.text.*;

class PaddleScratchIT {
    @Test
    void scratch() throws Exception {
        TestPages p = new TestPages(1200, 500)
                .text("Quarterly revenue grew 12% to $4.2 million", 60, 100, 36)
                .text("The quick brown fox jumps over the lazy dog", 60, 200, 28)
                .text("Invoice No. 2024-0173 dated 15 March 2024", 80, 300, 24);
        var img = p.image();
        try (var e = PaddleEngine.open(PaddleModels.require())) {
            long t = System.nanoTime();
            PageText pt = e.read(img, 1, 1.0);
            System.out.println("ms=" + (System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            pt = e.read(img, 1, 1.0);
            System.out.println("ms=" + (System.nanoTime() - t) / 1e6);
            for (Line l : pt.lines()) {
                System.out.println(l.text() + " " + l.bbox());
                for (Word w : l.words()) System.out.println("   " + w.text() + " " + w.bbox() + " " + w.conf());
            }
            for (var d : p.words()) System.out.println("ink " + d);
        }
    }
}
