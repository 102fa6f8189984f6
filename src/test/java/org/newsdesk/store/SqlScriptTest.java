package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {
    @Test
    void splitsOnSemicolonsOutsideQuotesAndDropsComments() {
        assertThat(SqlScript.split("-- a comment; with semicolon\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nINSERT INTO a VALUES ('--');"))
                .containsExactly("CREATE TABLE a (x TEXT DEFAULT ';')", "INSERT INTO a VALUES ('--')");
    }

    @Test
    void keepsATriggerWithItsBodyInOneStatement() {
        assertThat(SqlScript.split("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); DELETE FROM c; END;\n"
                + "CREATE TABLE d (x);"))
                .containsExactly("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); DELETE FROM c; END",
                        "CREATE TABLE d (x)");
    }
}
