package org.newsdesk.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Good-quality shrinking: halve with bilinear filtering while the picture is more than twice the target, then
 * one last bilinear step. A single bilinear step from far larger skips most pixels and looks grainy; halving
 * averages them all.
 */
final class Downscale {
    private Downscale() {
    }

    static BufferedImage to(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(Math.max(1, width), Math.max(1, height),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            g.drawImage(source, 0, 0, target.getWidth(), target.getHeight(), null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
