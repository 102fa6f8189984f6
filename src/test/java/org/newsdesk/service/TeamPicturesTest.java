package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Article;
import org.newsdesk.model.Asset;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.PictureFetching;
import org.newsdesk.model.PictureOnServerException;
import org.newsdesk.model.Role;
import org.newsdesk.model.TeamUnreachableException;
import org.newsdesk.testing.TestImages;
import org.newsdesk.testing.TestPostgres;

/**
 * Pictures on demand against a real PostgreSQL server: a join copies the descriptions and no bytes; the editor (a
 * screen copy), the preview and an export fetch exactly the pictures they need; offline, one sentence and nothing
 * lost; fetching them all makes the library whole for a trip.
 */
class TeamPicturesTest {
    private static final int PICTURES = 4;

    @TempDir
    Path dir;
    TeamClients team;
    TeamClients.Client sara;
    final List<Asset> photos = new ArrayList<>();
    final List<Article> stories = new ArrayList<>();

    @BeforeEach
    void aTeamWithFourIllustratedStories() {
        team = new TeamClients(dir);
        sara = team.join("sara", Role.PRESS_OFFICER);
        for (int i = 0; i < PICTURES; i++) {
            Asset photo = sara.library.images().add(photograph(640, 480, i), "photo" + i + ".jpg");
            photos.add(photo);
            stories.add(sara.library.articles().create(TeamClients.draft("Story " + i).withBody(Document.of(
                    Block.paragraph("Pupils study monuments."),
                    Block.image(new ImageRef(photo.sha256(), "Caption " + i, "UN", "Alt " + i, null))))));
        }
        sara.sync();
    }

    @AfterEach
    void close() {
        team.close();
    }

    @Test
    void aJoinOnDemandCopiesNoPictureBytesAndEachIsFetchedWhenFirstNeeded() throws Exception {
        var omar = team.join(team.team.addUser("omar", Role.EDITOR), PictureFetching.ALL);
        var eva = team.join(team.team.addUser("eva", Role.EDITOR), PictureFetching.ON_DEMAND);

        assertThat(eva.library.teamPictures().fetching()).isEqualTo(PictureFetching.ON_DEMAND);
        assertThat(eva.library.articles().count()).isEqualTo(PICTURES);
        assertThat(eva.library.teamPictures().missing()).extracting(Asset::sha256)
                .containsExactlyInAnyOrderElementsOf(photos.stream().map(Asset::sha256).toList());
        assertThat(omar.library.teamPictures().missing()).isEmpty();
        long pictureBytes = photos.stream().mapToLong(Asset::size).sum();
        assertThat(pictureBytes).as("the photos weigh something").isGreaterThan(400_000);
        assertThat(fileSize(omar.library) - fileSize(eva.library)).as("eva's library lacks the photos' bytes")
                .isGreaterThan(pictureBytes * 9 / 10);

        // the editor shows story 0's picture: that picture alone comes
        assertThat(eva.library.images().thumbnail(photos.get(0).sha256(), 640, 360)).isPresent();
        assertThat(eva.library.teamPictures().missing()).extracting(Asset::sha256)
                .doesNotContain(photos.get(0).sha256()).hasSize(PICTURES - 1);

        // exporting story 1 fetches its picture and writes it
        Path out = dir.resolve("html");
        eva.library.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(stories.get(1).id())),
                ExportFormat.HTML, out, false));
        assertThat(Files.readAllBytes(out.resolve("images/" + photos.get(1).sha256() + ".jpg")))
                .isEqualTo(sara.library.images().find(photos.get(1).sha256()).map(a -> bytesOf(sara.library, a))
                        .orElseThrow());
        assertThat(eva.library.teamPictures().missing()).hasSize(PICTURES - 2);

        // before a trip: everything comes, byte for byte
        assertThat(eva.library.teamPictures().fetchAll(eva.member.password(), SyncProgress.NONE)).isEqualTo(PICTURES - 2);
        assertThat(eva.library.teamPictures().missing()).isEmpty();
        for (Asset photo : photos) {
            assertThat(bytesOf(eva.library, photo)).isEqualTo(bytesOf(sara.library, photo));
        }
        assertThat(eva.library.sync().waiting()).as("fetched pictures are not pushed back").isZero();
    }

    @Test
    void aPictureAddedLaterComesAsADescriptionAtTheNextSyncAndSwitchingToAllBringsTheRest() {
        var eva = team.join(team.team.addUser("eva", Role.EDITOR), PictureFetching.ON_DEMAND);
        Asset late = sara.library.images().add(TestImages.jpeg(800, 600, 99), "late.jpg");
        sara.library.articles().create(TeamClients.draft("Late story").withFeaturedImage(late.sha256()));
        sara.sync();

        eva.sync();
        assertThat(eva.library.teamPictures().missing()).extracting(Asset::sha256).contains(late.sha256());
        assertThat(eva.library.images().find(late.sha256())).as("described here").isPresent();

        eva.library.settings().set(SettingsService.Setting.TEAM_PICTURES, "all");
        eva.sync();
        assertThat(eva.library.teamPictures().missing()).isEmpty();
    }

    @Test
    void offlineTheEditorAndAnExportSayThePictureIsOnTheServerAndNothingIsLost() throws Exception {
        try (TestPostgres own = TestPostgres.startOwn(dir.resolve("pg"), 0)) {
            TestPostgres.Team ownTeam = own.newTeam();
            TestPostgres.Member writer = ownTeam.addUser("lina", Role.PRESS_OFFICER);
            TestPostgres.Member reader = ownTeam.addUser("nour", Role.EDITOR);
            Asset photo;
            Article story;
            try (Library lina = new TeamService(java.time.Clock.systemUTC()).join(writer.address(), writer.password(),
                    dir.resolve("lina.newsdesk"), null, SyncProgress.NONE).library()) {
                photo = lina.images().add(TestImages.jpeg(1000, 750, 7), "pump.jpg");
                story = lina.articles().create(TeamClients.draft("Pumps for Tanger").withBody(Document.of(
                        Block.image(new ImageRef(photo.sha256(), "A solar pump", "UN", "A blue pump", null)))));
                lina.sync().sync(writer.password(), SyncProgress.NONE);
            }
            try (Library nour = new TeamService(java.time.Clock.systemUTC()).join(reader.address(), reader.password(),
                    dir.resolve("nour.newsdesk"), null, PictureFetching.ON_DEMAND, SyncProgress.NONE).library()) {
                own.stop(); // the train leaves the station

                assertThatThrownBy(() -> nour.images().thumbnail(photo.sha256(), 640, 360))
                        .isInstanceOf(PictureOnServerException.class)
                        .satisfies(e -> assertThat(Messages.english().text(((PictureOnServerException) e).sentence()))
                                .isEqualTo("This picture is on the team server; it will appear when you are online."));
                assertThat(nour.preview().pageForScreen(story)).as("the preview still shows the article")
                        .contains("Pumps for Tanger");

                Path out = dir.resolve("offline-html");
                assertThatThrownBy(() -> nour.exports().export(new ExportRequest(
                        ExportSelection.ofIds(List.of(story.id())), ExportFormat.HTML, out, false)))
                        .isInstanceOf(TeamUnreachableException.class)
                        .hasMessage("The picture “A solar pump” in “Pumps for Tanger” is still on the team server, which"
                                + " cannot be reached; nothing was exported. Export again when you are online.");
                assertThat(out).doesNotExist();
                assertThat(nour.articles().get(story.id()).headline()).isEqualTo("Pumps for Tanger");
                assertThat(nour.teamPictures().missing()).hasSize(1);

                try (TestPostgres back = TestPostgres.startOwn(own.dataDir(), own.port())) { // back in the office
                    assertThat(nour.teamPictures().fetchAll(reader.password(), SyncProgress.NONE)).isEqualTo(1);
                    assertThat(nour.images().thumbnail(photo.sha256(), 640, 360)).isPresent();
                    back.stop();
                    assertThat(nour.images().thumbnail(photo.sha256(), 320, 180)).as("kept: offline again, still here")
                            .isPresent();
                }
            }
        }
    }

    /** A picture with a photograph's grain (a smooth test picture compresses to almost nothing). */
    private static byte[] photograph(int width, int height, int seed) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return TestImages.encode(image, "jpg");
    }

    /** The library file with its write-ahead log (not yet folded in while the library is open). */
    private static long fileSize(Library library) throws Exception {
        Path wal = Path.of(library.file() + "-wal");
        return Files.size(library.file()) + (Files.exists(wal) ? Files.size(wal) : 0);
    }

    private static byte[] bytesOf(Library library, Asset asset) {
        return library.teamPictures().bytes(asset.sha256()).orElseThrow();
    }
}
