package org.newsdesk.ui.editor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.common.LocalDates;

/**
 * The embargo: "Embargo until" a date, a time and a time zone, or none. Edits the article's embargo instant
 * ({@code OffsetDateTime}); a stored offset shows as the user's own zone when they agree at that moment, else as
 * the bare offset. A time that does not parse is marked and changes nothing.
 */
final class EmbargoField extends HBox {
    private static final List<String> ZONES = List.of("UTC", "Europe/London", "Europe/Paris", "Africa/Casablanca",
            "Africa/Dakar", "Africa/Tunis", "Asia/Beirut", "Asia/Amman", "America/New_York");

    private final ObjectProperty<OffsetDateTime> value;
    private final CheckBox on;
    private final Messages t;
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final ComboBox<ZoneId> zone = new ComboBox<>();
    private boolean showing;

    EmbargoField(Messages t, ObjectProperty<OffsetDateTime> value) {
        super(6);
        this.value = value;
        this.t = t;
        on = new CheckBox(t.get("embargo.until"));
        time.setText(nineAm());
        time.setAccessibleText(t.get("embargo.time.name"));
        zone.setAccessibleText(t.get("embargo.zone.name"));
        date.setAccessibleText(t.get("embargo.date.name"));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("embargo-field");
        on.setId("embargo-on");
        date.setId("embargo-date");
        date.setPromptText(t.get("editor.date.prompt"));
        date.setConverter(new LocalDates(t));
        time.setId("embargo-time");
        time.setPrefColumnCount(5);
        zone.setId("embargo-zone");
        zone.getItems().add(ZoneId.systemDefault());
        ZONES.stream().map(ZoneId::of) // "UTC" and the system's "Etc/UTC" are one zone: list it once
                .filter(z -> !z.normalized().equals(ZoneId.systemDefault().normalized()))
                .forEach(zone.getItems()::add);
        zone.setValue(ZoneId.systemDefault());
        zone.setConverter(new StringConverter<>() {
            @Override
            public String toString(ZoneId z) {
                return z == null ? "" : z instanceof ZoneOffset o ? t.get("embargo.zone.offset",
                        o.equals(ZoneOffset.UTC) ? "" : o.getId()) : z.getId();
            }

            @Override
            public ZoneId fromString(String s) {
                return null;
            }
        });
        HBox.setHgrow(date, Priority.ALWAYS);
        on.setMinWidth(USE_PREF_SIZE); // the date shrinks first: the label is never cut to "Embar…"
        time.setMinWidth(USE_PREF_SIZE);
        zone.setMinWidth(USE_PREF_SIZE);
        for (var field : List.of(date, time, zone)) {
            field.disableProperty().bind(on.selectedProperty().not());
        }
        getChildren().addAll(on, date, time, zone);

        show(value.get());
        value.addListener((o, a, b) -> show(b));
        on.selectedProperty().addListener(o -> commit());
        date.valueProperty().addListener(o -> commit());
        zone.valueProperty().addListener(o -> commit());
        time.textProperty().addListener(o -> commit());
    }

    private void show(OffsetDateTime embargo) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            on.setSelected(embargo != null);
            if (embargo == null) {
                date.setValue(null);
                time.setText(nineAm());
                zone.setValue(ZoneId.systemDefault());
            } else {
                ZoneId z = ZoneId.systemDefault().getRules().getOffset(embargo.toInstant()).equals(embargo.getOffset())
                        ? ZoneId.systemDefault() : embargo.getOffset();
                if (!zone.getItems().contains(z)) {
                    zone.getItems().add(z);
                }
                zone.setValue(z);
                ZonedDateTime local = embargo.atZoneSameInstant(z);
                date.setValue(local.toLocalDate());
                time.setText(t.time(local.toInstant(), z));
            }
            time.getStyleClass().remove("danger");
        } finally {
            showing = false;
        }
    }

    private void commit() {
        if (showing) {
            return;
        }
        showing = true;
        try {
            if (!on.isSelected()) {
                value.set(null);
                return;
            }
            if (date.getValue() == null) {
                date.setValue(LocalDate.now().plusDays(1)); // switching it on starts from tomorrow morning
            }
            LocalTime at = parse(time.getText());
            time.getStyleClass().remove("danger");
            if (at == null) {
                time.getStyleClass().add("danger");
                return;
            }
            value.set(ZonedDateTime.of(date.getValue(), at, zone.getValue()).toOffsetDateTime());
        } finally {
            showing = false;
        }
    }

    /** 09:00 in the interface's digits. */
    private String nineAm() {
        return t.time(java.time.Instant.parse("2000-01-01T09:00:00Z"), ZoneOffset.UTC);
    }

    /** "9:05", "09:05" or "٠٩:٠٥" (any digits); null when it is not a time. */
    private static LocalTime parse(String text) {
        try {
            return LocalTime.parse(org.newsdesk.ui.common.LocalDates.latinDigits(text.strip()),
                    DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
