package org.newsdesk.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.newsdesk.model.Article;
import org.newsdesk.model.Asset;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.service.ExportFormat;
import org.newsdesk.service.ExportRequest;
import org.newsdesk.service.ExportResult;
import org.newsdesk.service.ExportSelection;
import org.newsdesk.service.Library;

/**
 * Exports 1,000 articles, each with its own 12-megapixel photo (4000 × 3000 JPEG), as one bundle: every photo
 * gets its 1600, 800 and 400 px copies. Prints the time and the peak heap; the target is to finish with
 * -Xmx1g. Not a test, and not part of BenchMain: run it by hand, e.g.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newsdesk.bench.ImageExportBenchmark [count] [photo folder]
 * </pre>
 *
 * The photos (gradients, noise and a label: distinct and deterministic) are written once to the photo folder
 * (default: newsdesk-bench-photos in the temporary folder) and reused by later runs.
 */
public final class ImageExportBenchmark {
    private static final int ARTICLES = 1000;
    private static final int WIDTH = 4000;
    private static final int HEIGHT = 3000;

    private ImageExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : ARTICLES;
        Path photos = args.length > 1 ? Path.of(args[1])
                : Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-bench-photos");
        System.out.printf("Max heap %,d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        List<Path> files = PhotoMaker.ensure(photos, count);
        System.out.printf("%,d photos of %d × %d ready in %s (%.1f s)%n", count, WIDTH, HEIGHT, photos, seconds(start));

        Path dir = Files.createTempDirectory("newsdesk-image-bench");
        try {
            Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
            User user = new User("Benchmark", Role.EDITOR);
            try (Library library = Library.open(dir.resolve("bench.newsdesk"), clock, () -> user)) {
                start = System.nanoTime();
                fill(library, files);
                System.out.printf("Library: %,d articles, one photo each, added (checked) in %.1f s%n", count, seconds(start));

                System.gc();
                HeapWatch heap = HeapWatch.start();
                start = System.nanoTime();
                ExportResult result = library.exports().export(new ExportRequest(ExportSelection.all(),
                        ExportFormat.BUNDLE, dir.resolve("bundle.zip"), false));
                double seconds = seconds(start);
                heap.stop();
                System.out.printf("Bundle: %,d articles in %.1f s (%.1f articles/s), %,.0f MB written%n",
                        result.articles(), seconds, result.articles() / seconds, result.bytes() / 1e6);
                System.out.printf("Peak heap during the export: %,d MB sampled every 20 ms (pools' peaks added: %,d MB)"
                        + " of %,d MB allowed%n", heap.sampledPeak() >> 20, heap.poolPeaks() >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void fill(Library library, List<Path> files) {
        for (int i = 0; i < files.size(); i++) {
            Asset photo = library.images().add(files.get(i));
            library.articles().create(Article.draft("Photo story " + (i + 1), Language.ENGLISH, Instant.EPOCH)
                    .withBody(Document.of(Block.paragraph("Story " + (i + 1) + " in pictures."),
                            Block.image(new ImageRef(photo.sha256(), "Picture " + (i + 1), "Newsdesk benchmark",
                                    "A generated test picture", null))))
                    .withFeaturedImage(photo.sha256()));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Writes the benchmark's photos once: photo-0001.jpg …, each from its own seed. */
    static final class PhotoMaker {
        private PhotoMaker() {
        }

        static List<Path> ensure(Path folder, int count) throws Exception {
            Files.createDirectories(folder);
            int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Path>> made = java.util.stream.IntStream.rangeClosed(1, count)
                        .mapToObj(n -> pool.submit(() -> ensureOne(folder, n))).toList();
                List<Path> files = new java.util.ArrayList<>(count);
                for (Future<Path> file : made) {
                    files.add(file.get());
                }
                return files;
            } finally {
                pool.shutdown();
            }
        }

        private static Path ensureOne(Path folder, int n) throws IOException {
            Path file = folder.resolve(String.format("photo-%04d.jpg", n));
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                return file;
            }
            Path part = folder.resolve(file.getFileName() + ".part");
            write(picture(n), part);
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        }

        /** A diagonal gradient in colours of its own, camera-like noise, and its number in large type. */
        static BufferedImage picture(int n) {
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            SplittableRandom random = new SplittableRandom(n);
            g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)),
                    WIDTH, HEIGHT, new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256))));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 600));
            g.drawString("#" + n, 300, 1800);
            g.dispose();
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < pixels.length; i++) {
                int noise = random.nextInt(13) - 6;
                int p = pixels[i];
                pixels[i] = (clamp((p >> 16 & 0xFF) + noise) << 16) | (clamp((p >> 8 & 0xFF) + noise) << 8)
                        | clamp((p & 0xFF) + noise);
            }
            return image;
        }

        private static int clamp(int v) {
            return Math.max(0, Math.min(255, v));
        }

        private static void write(BufferedImage image, Path file) throws IOException {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        }
    }

    /** The heap's high-water mark: sampled, and as the sum of each pool's own peak (an upper bound). */
    static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapWatch() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            sampler = new Thread(() -> {
                while (running) {
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            sampler.setDaemon(true);
            sampler.start();
        }

        static HeapWatch start() {
            return new HeapWatch();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }

        long sampledPeak() {
            return peak.get();
        }

        long poolPeaks() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }
    }
}
