package org.newsdesk.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

/** Fixed articles (fixed ids and times) in English, French and Arabic, shared by render and export tests. */
public final class SampleArticles {
    public static final String PHOTO = "3f0c6a1b2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";
    public static final Instant CREATED = Instant.parse("2025-03-11T08:30:00Z");
    public static final Instant UPDATED = Instant.parse("2025-03-12T09:45:12.345Z");

    private SampleArticles() {
    }

    public static Article english() {
        return article("11111111-1111-1111-1111-111111111111", "en",
                "Ministers agree on clean water plan for 40 cities",
                "The plan brings safe drinking water to 12 million people by 2030.",
                "GENEVA", "By Jane Doe",
                Document.of(
                        Block.paragraph("Ministers from 30 countries agreed on Tuesday to fund clean water."),
                        Block.heading(2, "What the plan covers"),
                        Block.bullet(0, "Pipes and pumps"),
                        Block.bullet(0, "Training for local engineers"),
                        Block.quote("\u201CWater is the first public service,\u201D the chair said.")),
                List.of("Water", "Health", "Cities"));
    }

    public static Article french() {
        return article("22222222-2222-2222-2222-222222222222", "fr",
                "Les ministres s\u2019accordent sur un plan d\u2019eau potable pour 40 villes",
                "Le plan apportera de l\u2019eau potable \u00e0 12 millions de personnes d\u2019ici 2030.",
                "GEN\u00c8VE", "Par Jeanne Dupont",
                Document.of(
                        Block.paragraph("Les ministres de 30 pays se sont mis d\u2019accord mardi \u00e0 Gen\u00e8ve."),
                        Block.heading(2, "Ce que couvre le plan"),
                        Block.numbered(0, "Des canalisations et des pompes"),
                        Block.numbered(0, "La formation d\u2019ing\u00e9nieurs locaux"),
                        Block.quote("\u00ab L\u2019eau est le premier service public \u00bb, a d\u00e9clar\u00e9 la pr\u00e9sidente.")),
                List.of("Eau", "Sant\u00e9", "Villes"));
    }

    /** Arabic, with an English paragraph and an English list item that must carry dir="ltr". */
    public static Article arabic() {
        return article("33333333-3333-3333-3333-333333333333", "ar",
                "\u0627\u0644\u0648\u0632\u0631\u0627\u0621 \u064a\u062a\u0641\u0642\u0648\u0646 \u0639\u0644\u0649 \u062e\u0637\u0629 \u0644\u0644\u0645\u064a\u0627\u0647 \u0627\u0644\u0646\u0638\u064a\u0641\u0629",
                "\u062a\u0648\u0641\u0631 \u0627\u0644\u062e\u0637\u0629 \u0645\u064a\u0627\u0647 \u0627\u0644\u0634\u0631\u0628 \u0627\u0644\u0622\u0645\u0646\u0629 \u0644\u0640 12 \u0645\u0644\u064a\u0648\u0646 \u0634\u062e\u0635.",
                "\u062c\u0646\u064a\u0641", "\u0628\u0642\u0644\u0645 \u0633\u0627\u0631\u0629 \u0623\u062d\u0645\u062f",
                Document.of(
                        Block.paragraph("\u0627\u062a\u0641\u0642 \u0627\u0644\u0648\u0632\u0631\u0627\u0621 \u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621 \u0639\u0644\u0649 \u062a\u0645\u0648\u064a\u0644 \u0627\u0644\u0645\u064a\u0627\u0647."),
                        Block.paragraph("The full text of the agreement is published in English."),
                        Block.bullet(0, "\u0627\u0644\u0623\u0646\u0627\u0628\u064a\u0628 \u0648\u0627\u0644\u0645\u0636\u062e\u0627\u062a"),
                        Block.bullet(0, "UN Water Programme"),
                        Block.quote("\u00ab\u0627\u0644\u0645\u0627\u0621 \u0647\u0648 \u0623\u0648\u0644 \u062e\u062f\u0645\u0629 \u0639\u0627\u0645\u0629\u00bb")),
                List.of("\u0645\u064a\u0627\u0647", "\u0635\u062d\u0629"));
    }

    /** Every block type, every mark, a link, nested lists of both kinds, an image with a link. */
    public static Article everything() {
        Document body = Document.of(
                Block.paragraph(TextRun.plain("Plain, "), TextRun.of("bold", Mark.BOLD), TextRun.plain(", "),
                        TextRun.of("italic", Mark.ITALIC), TextRun.plain(", "), TextRun.of("underlined", Mark.UNDERLINE),
                        TextRun.plain(", "), TextRun.of("struck", Mark.STRIKETHROUGH), TextRun.plain(", E=mc"),
                        TextRun.of("2", Mark.SUPERSCRIPT), TextRun.plain(", H"), TextRun.of("2", Mark.SUBSCRIPT),
                        TextRun.plain("O and "), TextRun.of("bold italic", Mark.BOLD, Mark.ITALIC), TextRun.plain(".")),
                Block.paragraph(TextRun.plain("Read "), new TextRun("the report", Set.of(Mark.BOLD), "https://example.org/report?a=1&b=2"),
                        TextRun.plain(" or "), TextRun.link("write to us", "mailto:press@example.org"),
                        TextRun.plain(".\nA second line.")),
                Block.heading(2, "Level two"),
                Block.heading(3, "Level three"),
                Block.heading(4, "Level four"),
                Block.bullet(0, "First bullet"),
                Block.bullet(1, "Nested bullet"),
                Block.numbered(2, "Numbered inside nested bullet"),
                Block.bullet(5, "Jumps deep but is clamped"),
                Block.bullet(0, "Back to the top"),
                Block.numbered(0, "A numbered list starts"),
                Block.numbered(0, "Second number"),
                Block.quote("A quotation."),
                Block.quote("Its second paragraph."),
                Block.image(new ImageRef(PHOTO, "Engineers at a pumping station.", "Photo: A. Photographer",
                        "Two engineers in helmets beside a large blue pump", "https://example.org/photos/1")),
                Block.image(new ImageRef("unknownasset", "A picture that could not be found.", "", "", null)),
                new Block(BlockType.PARAGRAPH, 0, Direction.RTL, List.of(TextRun.plain("\u0641\u0642\u0631\u0629 \u0639\u0631\u0628\u064a\u0629.")), null),
                Block.paragraph(""),
                Block.paragraph(TextRun.plain("The end, with a note"), org.newsdesk.model.Notes.reference(1),
                        TextRun.plain(" and a second"), org.newsdesk.model.Notes.reference(2), TextRun.plain(".")),
                new Block(BlockType.TABLE, 0, Direction.AUTO, List.of(TextRun.plain("Visits by city")), null,
                        new org.newsdesk.model.Table(List.of(
                                List.of(org.newsdesk.model.TableCell.of("City"), org.newsdesk.model.TableCell.of("Classes")),
                                List.of(org.newsdesk.model.TableCell.of("Tangier"), new org.newsdesk.model.TableCell(
                                        List.of(TextRun.of("12", Mark.BOLD), org.newsdesk.model.Notes.reference(2))))),
                                true)),
                Block.table(org.newsdesk.model.Table.of(false, List.of("No header", "row"), List.of("just", "cells"))));
        body = new Document(java.util.stream.Stream.concat(body.blocks().stream(),
                org.newsdesk.model.Notes.section(org.newsdesk.model.Language.ENGLISH, List.of(
                        List.of(TextRun.plain("The first note.")), List.of(TextRun.plain("The second note."))),
                        Direction.AUTO).stream()).toList());
        return article("44444444-4444-4444-4444-444444444444", "en", "Every block and every mark",
                "A test article.", "LONDON", "By Test Writer", body, List.of("Test", "Formatting"))
                .withFeaturedImage(PHOTO);
    }

    public static Article article(String id, String lang, String headline, String standfirst, String dateline,
                                  String byline, Document body, List<String> tags) {
        UUID uuid = UUID.fromString(id);
        return new Article(uuid, null, Language.of(lang), uuid, headline, standfirst, dateline,
                LocalDate.of(2025, 3, 12), byline, body, tags, null, null, ArticleStatus.APPROVED, 3, CREATED, UPDATED);
    }

    public static OffsetDateTime embargo() {
        return OffsetDateTime.of(2025, 3, 13, 6, 0, 0, 0, ZoneOffset.ofHours(1));
    }

    /** Resolves the sample photo to a relative bundle path with its size; every other asset is unknown. */
    public static ImageResolver images() {
        return assetId -> PHOTO.equals(assetId)
                ? java.util.Optional.of(new ResolvedImage("images/" + PHOTO + ".jpg", 1200, 800))
                : java.util.Optional.empty();
    }
}
