package dev.clerk.cli;

import dev.clerk.mail.Document;
import dev.clerk.mail.DocumentKind;
import dev.clerk.model.Body;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.io.InputException;
import java.nio.file.Path;

/**
 * Gives {@code clerk send} the document to deliver: {@link BuiltDocuments}, which builds it into the committee's
 * out/ folder as {@code clerk build} does when it is missing or out of date.
 */
interface DocumentSource {
    /**
     * The document {@code what} of the meeting in {@code meetingFile}.
     *
     * @param checked         the committee as the command's check read it
     * @param committeeFolder the committee folder
     * @param meetingFile     the meeting file as the user named it
     * @param meetingKey      the meeting file's name without extension ("2017-05-22")
     * @throws InputException when the document does not exist or is older than what it is made from; the message
     *                        names the file and the command that builds it
     */
    Document document(CheckedCommittee checked, Path committeeFolder, Body body, Path meetingFile, String meetingKey, DocumentKind what)
            throws InputException;
}
