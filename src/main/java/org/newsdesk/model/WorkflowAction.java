package org.newsdesk.model;

import java.util.Arrays;
import java.util.Locale;
import org.newsdesk.i18n.Message;

/** A step a user takes in the review workflow; {@link Workflow} decides whether it is allowed. */
public enum WorkflowAction {
    SUBMIT("Submit for review"),
    APPROVE("Approve"),
    REQUEST_CHANGES("Request changes"),
    SEND_BACK("Send back to draft"),
    PUBLISH("Publish"),
    ARCHIVE("Archive"),
    REOPEN("Reopen");

    private final String displayName;

    WorkflowAction(String displayName) {
        this.displayName = displayName;
    }

    /** The name users type: "submit", "request-changes", "send-back". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words on a button or menu item. */
    public String displayName() {
        return displayName;
    }

    /** The bundle key of the words on the step's button or menu item. */
    public String nameKey() {
        return switch (this) {
            case SUBMIT -> "workflow.submit";
            case APPROVE -> "workflow.approve";
            case REQUEST_CHANGES -> "workflow.requestChanges";
            case SEND_BACK -> "workflow.sendBack";
            case PUBLISH -> "workflow.publish";
            case ARCHIVE -> "workflow.archive";
            case REOPEN -> "workflow.reopen";
        };
    }

    /** Requesting changes without saying which is useless to the writer, so that step needs a note. */
    public boolean requiresNote() {
        return this == REQUEST_CHANGES;
    }

    /** Parses "request-changes", "REQUEST_CHANGES" or "request changes". */
    public static WorkflowAction parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(a -> a.name().equals(key)).findFirst()
                .orElseThrow(() -> new BadInputException(Message.of("error.workflow.unknownAction", text,
                        String.join(", ", Arrays.stream(values()).map(WorkflowAction::label).toList()))));
    }
}
