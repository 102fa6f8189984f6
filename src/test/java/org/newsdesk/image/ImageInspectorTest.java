package org.newsdesk.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Digits;
import org.newsdesk.i18n.Message;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.model.BadInputException;
import org.newsdesk.testing.TestImages;

/** What may enter the library as a picture, and the one sentence every refusal gets. */
class ImageInspectorTest {
    private final ImageInspector inspector = new ImageInspector();

    @Test
    void acceptsJpegPngAndGifWithTheirSizeTypeAndHash() {
        byte[] jpeg = TestImages.jpeg(320, 200);
        ValidImage image = inspector.inspect(jpeg, "photo.jpg");
        assertThat(image.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(image.width()).isEqualTo(320);
        assertThat(image.height()).isEqualTo(200);
        assertThat(image.sha256()).isEqualTo(Sha256.hex(jpeg)).matches("[0-9a-f]{64}");
        assertThat(image.asset().mimeType()).isEqualTo("image/jpeg");
        assertThat(image.asset().size()).isEqualTo(jpeg.length);
        assertThat(inspector.inspect(TestImages.png(30, 40, true), "logo.png").format()).isEqualTo(ImageFormat.PNG);
        assertThat(inspector.inspect(TestImages.gif(30, 40), "anim.gif").format()).isEqualTo(ImageFormat.GIF);
    }

    @Test
    void theFormatComesFromTheBytesNotTheName() {
        assertThat(inspector.inspect(TestImages.png(10, 10, false), "really-a-png.jpg").format()).isEqualTo(ImageFormat.PNG);
    }

    @Test
    void aFileThatOnlyClaimsToBeAnImageIsRefused() {
        byte[] text = "Minister opens festival".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> inspector.inspect(text, "photo.jpg")).isInstanceOf(BadInputException.class)
                .hasMessage("photo.jpg is named like an image, but its content is not a JPEG, PNG or GIF picture.");
    }

    @Test
    void anUnknownFormatIsRefused() {
        byte[] random = {0x13, 0x37, 0x00, 0x42, 0x7F, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07};
        assertThatThrownBy(() -> inspector.inspect(random, "blob.dat"))
                .hasMessage("blob.dat is not a JPEG, PNG or GIF picture.");
    }

    @Test
    void svgIsRefusedBecauseItCanCarryScripts() {
        byte[] svg = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script>"
                + "<rect width=\"10\" height=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> inspector.inspect(svg, "chart.svg")).isInstanceOf(BadInputException.class)
                .hasMessage("chart.svg is an SVG drawing, which can carry scripts; only JPEG, PNG or GIF pictures can be added.");
    }

    @Test
    void formatsThisSystemCannotDecodeAreNamed() {
        byte[] webp = "RIFF\u0010\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> inspector.inspect(webp, "photo.webp"))
                .hasMessage("photo.webp is a WebP image, which Newsdesk cannot show; save it as JPEG or PNG and add it again.");
        byte[] tiff = {'I', 'I', 0x2A, 0x00, 8, 0, 0, 0};
        assertThatThrownBy(() -> inspector.inspect(tiff, "scan.tif")).hasMessageContaining("scan.tif is a TIFF image");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() {
        assertThatThrownBy(() -> inspector.inspect(TestImages.pngClaiming(20_000, 20_000), "bomb.png"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("bomb.png is 20000 × 20000 pixels; pictures may be at most 16000 pixels a side and 100 megapixels.");
        assertThatThrownBy(() -> inspector.inspect(TestImages.jpegClaiming(20_000, 20_000), "bomb.jpg"))
                .hasMessageStartingWith("bomb.jpg is 20000 × 20000 pixels");
        // under the side limit but over the pixel count
        assertThatThrownBy(() -> inspector.inspect(TestImages.pngClaiming(15_000, 10_000), "wide.png"))
                .hasMessageStartingWith("wide.png is 15000 × 10000 pixels");
    }

    @Test
    void aTruncatedJpegIsDamaged() {
        byte[] jpeg = TestImages.jpeg(400, 300);
        assertThatThrownBy(() -> inspector.inspect(TestImages.truncated(jpeg, jpeg.length / 2), "cut.jpg"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("cut.jpg is a damaged JPEG picture").hasMessageEndingWith("; nothing was added.");
    }

    @Test
    void aRefusalIsSaidInTheInterfacesLanguageAndOfItWhenAnImportLeavesThePictureOut() {
        byte[] jpeg = TestImages.jpeg(400, 300);
        PictureRefusal refusal = catchThrowableOfType(() -> inspector.inspect(TestImages.truncated(jpeg,
                jpeg.length / 2), "cut.jpg"), PictureRefusal.class);
        Messages french = Messages.of(UiLanguage.FRENCH, Digits.LATIN);
        Messages arabic = Messages.of(UiLanguage.ARABIC, Digits.LATIN);

        assertThat(french.text(refusal.sentence())).startsWith("cut.jpg est une image JPEG endommagée")
                .endsWith("\u202f; rien n’a été ajouté.");
        assertThat(arabic.text(refusal.sentence())).startsWith("cut.jpg صورة JPEG تالفة").endsWith("؛ لم يُضَف شيء.");
        Message it = Message.of("warning.import.it");
        assertThat(Messages.english().text(refusal.about(it))).startsWith("it is a damaged JPEG picture")
                .doesNotContain("nothing was added").doesNotEndWith(".");
        assertThat(french.text(refusal.about(it))).startsWith("le fichier est une image JPEG endommagée");
    }

    @Test
    void aTruncatedPngIsDamaged() {
        byte[] png = TestImages.png(200, 150, false);
        assertThatThrownBy(() -> inspector.inspect(TestImages.truncated(png, png.length - 40), "cut.png"))
                .hasMessageStartingWith("cut.png is a damaged PNG picture");
    }

    @Test
    void aHeaderWithGarbageBehindItIsDamaged() {
        byte[] jpeg = TestImages.jpeg(64, 48);
        byte[] garbage = TestImages.concat(TestImages.truncated(jpeg, 20), new byte[400]);
        assertThatThrownBy(() -> inspector.inspect(garbage, "broken.jpg"))
                .hasMessageStartingWith("broken.jpg is a damaged JPEG picture");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> inspector.inspect(new byte[0], "empty.jpg")).hasMessage("empty.jpg is empty, not an image.");
        ImageInspector small = new ImageInspector(new ImageLimits(16_000, 100_000_000, 1024));
        assertThatThrownBy(() -> small.inspect(TestImages.jpeg(400, 300), "big.jpg"))
                .hasMessageMatching("big\\.jpg is \\d+ MB; pictures may be at most 1 MB\\.");
    }
}
