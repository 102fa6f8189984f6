package org.newsdesk.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.TestImages;

/** Web sizes: only smaller than the original, proportions kept, the original's format kept, same bytes twice. */
class RenditionMakerTest {
    private final RenditionMaker maker = new RenditionMaker();

    @Test
    void aLargeJpegGetsThreeJpegSizes() throws IOException {
        byte[] jpeg = TestImages.jpeg(2000, 1500);
        List<Rendition> made = maker.make(jpeg, ImageFormat.JPEG, 2000, 1500);
        assertThat(made).extracting(Rendition::width).containsExactly(1600, 800, 400);
        assertThat(made).extracting(Rendition::height).containsExactly(1200, 600, 300);
        for (Rendition rendition : made) {
            assertThat(ImageFormat.sniff(rendition.bytes())).contains(ImageFormat.JPEG);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(rendition.bytes()));
            assertThat(decoded.getWidth()).isEqualTo(rendition.width());
            assertThat(decoded.getHeight()).isEqualTo(rendition.height());
        }
    }

    @Test
    void onlySizesSmallerThanTheOriginal() {
        assertThat(RenditionMaker.widthsFor(ImageFormat.JPEG, 1600)).containsExactly(800, 400);
        assertThat(RenditionMaker.widthsFor(ImageFormat.JPEG, 401)).containsExactly(400);
        assertThat(RenditionMaker.widthsFor(ImageFormat.JPEG, 400)).isEmpty();
        assertThat(maker.make(TestImages.jpeg(300, 200), ImageFormat.JPEG, 300, 200)).isEmpty();
        assertThat(RenditionMaker.widthsFor(ImageFormat.GIF, 3000)).isEmpty();
    }

    @Test
    void aPngStaysAPngAndKeepsItsTransparency() throws IOException {
        byte[] png = TestImages.png(900, 300, true);
        List<Rendition> made = maker.make(png, ImageFormat.PNG, 900, 300);
        assertThat(made).extracting(Rendition::width).containsExactly(800, 400);
        assertThat(made).extracting(Rendition::height).containsExactly(267, 133);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(made.get(1).bytes()));
        assertThat(ImageFormat.sniff(made.get(1).bytes())).contains(ImageFormat.PNG);
        assertThat(small.getColorModel().hasAlpha()).isTrue();
        assertThat(small.getRGB(10, 10) >>> 24).isBetween(100, 160); // half transparent, as drawn
    }

    @Test
    void sameOriginalSameBytes() {
        byte[] jpeg = TestImages.jpeg(1000, 700);
        List<Rendition> first = maker.make(jpeg, ImageFormat.JPEG, 1000, 700);
        List<Rendition> second = maker.make(jpeg, ImageFormat.JPEG, 1000, 700);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).bytes()).isEqualTo(first.get(i).bytes());
        }
    }

    @Test
    void aThumbnailFitsItsBoxAndIsNeverEnlarged() {
        Rendition thumb = maker.fit(TestImages.jpeg(1200, 800), ImageFormat.JPEG, 1200, 800, 320, 180);
        assertThat(thumb.width()).isEqualTo(270);
        assertThat(thumb.height()).isEqualTo(180);
        Rendition small = maker.fit(TestImages.png(100, 50, false), ImageFormat.PNG, 100, 50, 320, 180);
        assertThat(small.width()).isEqualTo(100);
        assertThat(maker.fit(TestImages.gif(60, 40), ImageFormat.GIF, 60, 40, 30, 30).format()).isEqualTo(ImageFormat.PNG);
    }

    @Test
    void aLargeOriginalIsReadSubsampled() {
        assertThat(ImageDecoder.subsamplingFor(12_000, 3200)).isEqualTo(3);
        assertThat(ImageDecoder.subsamplingFor(4000, 3200)).isEqualTo(1);
        assertThat(ImageDecoder.subsamplingFor(100, 3200)).isEqualTo(1);
    }
}
