package quire.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageImagesTest {

    @Test
    void greyPagesConvertToRgbExactlyAsJava2dDrawsThem() {
        BufferedImage grey = new BufferedImage(301, 7, BufferedImage.TYPE_BYTE_GRAY);
        new Random(3).nextBytes(((DataBufferByte) grey.getRaster().getDataBuffer()).getData());

        int[] viaJava2d = ((DataBufferInt) PageImages.convert(grey, BufferedImage.TYPE_INT_RGB).getRaster()
                .getDataBuffer()).getData();

        assertThat(PageImages.rgb(grey)).containsExactly(viaJava2d);
    }
}
