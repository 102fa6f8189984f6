package org.newsdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.TranslationMember;
import org.newsdesk.model.TranslationSet;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "translations", mixinStandardHelpOptions = true)
final class TranslationsCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "ID.ofSet")
    String id;

    @Option(names = "--json")
    boolean json;

    TranslationsCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        TranslationSet set = library.translations().set(library.articles().resolve(id));
        if (json) {
            out().println(library.json().writePretty(toJson(set)));
            return ExitCodes.OK;
        }
        for (TranslationMember m : set.members()) {
            StringBuilder line = new StringBuilder(String.format("%-6s", m.language().tag()));
            if (!m.isPresent()) {
                line.append(String.format("%-36s  %-17s  ", "-", "-")).append(m.state().label());
            } else {
                line.append(m.articleId()).append("  ").append(String.format("%-17s", m.status().label()))
                        .append("  ").append(m.state().label());
                if (m.isSource()) {
                    line.append(" (source)");
                }
                if (!m.changedSource().isEmpty()) {
                    line.append(": ").append(String.join(", ", m.changedSource()));
                }
                if (m.untranslated() > 0) {
                    line.append("; ").append(m.untranslated()).append(" not yet translated");
                }
            }
            out().println(line.toString().stripTrailing());
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> toJson(TranslationSet set) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (TranslationMember m : set.members()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("language", m.language().tag());
            if (m.isPresent()) {
                row.put("id", m.articleId().toString());
                row.put("status", m.status().label());
                row.put("source", m.isSource());
                if (m.sourceId() != null) {
                    row.put("translatedFrom", m.sourceId().toString());
                }
            }
            row.put("state", m.state().label());
            row.put("changedSourceBlocks", m.changedSource());
            row.put("untranslatedBlocks", m.untranslated());
            members.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("set", set.group().toString());
        out.put("source", set.sourceId().toString());
        out.put("complete", set.isComplete());
        out.put("members", members);
        return out;
    }
}
