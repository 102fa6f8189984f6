package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void drawsInPlaceOnlyWhenThePercentageChangesAndEndsTheLine() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true);
        for (int done = 1; done <= 1000; done++) {
            bar.report(done, 1000);
        }
        bar.finish();
        String out = text.toString();
        assertThat(out.split("\r", -1)).hasSize(102); // one redraw per percent, 0 % to 100 %
        assertThat(out).endsWith("\r[" + "#".repeat(30) + "] 100%  1000/1000" + System.lineSeparator());
    }

    @Test
    void writesNothingWhenNotATerminal() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false);
        bar.report(1, 2);
        bar.finish();
        assertThat(text.toString()).isEmpty();
    }
}
