package io.osprey.simulate.trace;

import io.osprey.simulate.record.Times;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes each traced mailbox's mail as {@code Get-MessageTraceV2 | Export-Csv -NoTypeInformation} does: one file
 * per mailbox ({@code <upn>.csv}, the mail it received and sent), every field quoted, one row per recipient,
 * newest first, CRLF line ends, UTF-8 without BOM.
 */
public final class MessageTraceWriter {
    static final String HEADER = "\"Received\",\"SenderAddress\",\"RecipientAddress\",\"Subject\",\"Status\","
            + "\"ToIP\",\"FromIP\",\"Size\",\"MessageId\",\"MessageTraceId\",\"Organization\"";

    private MessageTraceWriter() {
    }

    /** @return the files written, in mailbox order */
    public static List<Path> write(Map<String, List<TracedMail>> mailByMailbox, String organization, Path directory)
            throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, List<TracedMail>> mailbox : mailByMailbox.entrySet()) {
            Path file = directory.resolve(mailbox.getKey() + ".csv");
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                out.write(HEADER);
                out.write("\r\n");
                List<TracedMail> mail = mailbox.getValue();
                for (int index = mail.size() - 1; index >= 0; index--) {
                    rows(mail.get(index), organization, out);
                }
            }
            files.add(file);
        }
        return files;
    }

    private static void rows(TracedMail mail, String organization, Writer out) throws IOException {
        String received = Times.isoUtc(mail.received()).replace("Z", ".0000000Z");
        for (String recipient : mail.recipients()) {
            String[] fields = {received, mail.sender(), recipient, mail.subject(), "Delivered", "", mail.fromIp(),
                    Integer.toString(mail.sizeInBytes()), mail.internetMessageId(), mail.traceId(), organization};
            for (int field = 0; field < fields.length; field++) {
                if (field > 0) {
                    out.write(',');
                }
                out.write('"');
                out.write(fields[field].replace("\"", "\"\""));
                out.write('"');
            }
            out.write("\r\n");
        }
    }
}
