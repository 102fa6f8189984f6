package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    @Test
    void linuxFollowsTheHomeOfTheSessionNotTheAccount() {
        AppDirectories dirs = AppDirectories.of("Linux", "/root", Map.of("HOME", "/tmp/fresh"));
        assertThat(dirs.defaultLibrary()).isEqualTo(Path.of("/tmp/fresh/.local/share/newsdesk/library.newsdesk"));
        assertThat(dirs.configDir()).isEqualTo(Path.of("/tmp/fresh/.config/newsdesk"));
    }

    @Test
    void xdgFoldersWinAndRelativeOnesAreIgnored() {
        AppDirectories dirs = AppDirectories.of("Linux", "/home/leila",
                Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "relative/config"));
        assertThat(dirs.dataDir()).isEqualTo(Path.of("/data/newsdesk"));
        assertThat(dirs.configDir()).isEqualTo(Path.of("/home/leila/.config/newsdesk"));
    }

    @Test
    void windowsAndMacUseTheirApplicationFolders() {
        assertThat(AppDirectories.of("Mac OS X", "/Users/omar", Map.of()).dataDir())
                .isEqualTo(Path.of("/Users/omar/Library/Application Support/Newsdesk"));
        assertThat(AppDirectories.of("Windows 11", "C:\\Users\\omar", Map.of("APPDATA", "D:\\AppData")).dataDir())
                .isEqualTo(Path.of("D:\\AppData", "Newsdesk"));
    }

    @Test
    void theSuggestedNameIsTheAccountsFullName() {
        List<String> passwd = List.of("root:x:0:0:root:/root:/bin/bash",
                "leila:x:1000:1000:Leila Haddad,,,:/home/leila:/bin/bash",
                "omar:x:1001:1001::/home/omar:/bin/bash");
        assertThat(SystemUserName.fullName("leila", passwd)).isEqualTo("Leila Haddad");
        assertThat(SystemUserName.fullName("omar", passwd)).isEmpty();
        assertThat(SystemUserName.fullName("nobody", passwd)).isEmpty();
    }
}
