package io.osprey.formats.csv;

import io.osprey.formats.InputText;

import java.io.Reader;

/**
 * A Purview export of any length produced while it is read, so tests can stream large inputs without holding them
 * in memory or on disk. Each row repeats one real AuditData template with its own Id.
 */
final class GeneratedPurviewInput implements InputText {
    static final String HEADER = "RecordId,CreationDate,RecordType,Operation,UserId,AuditData,AssociatedAdminUnits,"
            + "AssociatedAdminUnitsNames\r\n";
    private final String rowTemplate;
    private final int rows;

    /** @param auditDataTemplate AuditData JSON in which {@code %ID%} stands for the record id */
    GeneratedPurviewInput(String auditDataTemplate, int rows) {
        this.rowTemplate = "%ID%,9/15/2023 6:16:53 PM,50,MailItemsAccessed,user1,\""
                + auditDataTemplate.replace("\"", "\"\"") + "\",,\r\n";
        this.rows = rows;
    }

    static String id(int row) {
        return String.format("00000000-0000-4000-8000-%012d", row);
    }

    @Override
    public String displayPath() {
        return "generated.csv";
    }

    @Override
    public Reader openReader() {
        return new Reader() {
            private String chunk = HEADER;
            private int position;
            private int next;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (position == chunk.length()) {
                    if (next == rows) {
                        return -1;
                    }
                    chunk = rowTemplate.replace("%ID%", id(next++));
                    position = 0;
                }
                int count = Math.min(length, chunk.length() - position);
                chunk.getChars(position, position + count, buffer, offset);
                position += count;
                return count;
            }

            @Override
            public void close() {
            }
        };
    }
}
