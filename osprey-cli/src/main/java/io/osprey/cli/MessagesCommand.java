package io.osprey.cli;

import io.osprey.analysis.Attribution;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.lookup.MessageAccessRow;
import io.osprey.analysis.lookup.MessageLookup;
import io.osprey.report.LookupWriter;
import io.osprey.store.CaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code osprey messages CASE --message-ids FILE [investigation options]}: the playbook the other way round. */
@Command(name = "messages", mixinStandardHelpOptions = true,
        description = "For each InternetMessageId in FILE (one per line, angle brackets optional, # comments): who"
                + " accessed the message, when, from which context, with which attribution. Writes"
                + " CASE/reports/investigation/" + LookupWriter.MESSAGE_LOOKUP + ".")
final class MessagesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE")
    Path caseDirectory;

    @Option(names = "--message-ids", paramLabel = "FILE", required = true,
            description = "one InternetMessageId per line")
    Path messageIdFile;

    @Mixin
    InvestigationOptions options;

    @Override
    public Integer call() {
        List<String> ids = messageIds();
        CaseWorkflow workflow = new CaseWorkflow(caseDirectory);
        try {
            InvestigationResult result = workflow.analyse(options.request());
            List<MessageAccessRow> rows = workflow.lookUpMessages(result, ids);
            spec.commandLine().getOut().println(summary(rows) + "; results in "
                    + workflow.investigationDir().resolve(LookupWriter.MESSAGE_LOOKUP));
            return ExitCodes.OK;
        } catch (CaseException | IOException e) {
            spec.commandLine().getErr().println("osprey: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }

    private List<String> messageIds() {
        try {
            List<String> ids = MessageLookup.readIds(Files.readAllLines(messageIdFile, StandardCharsets.UTF_8));
            if (ids.isEmpty()) {
                throw new ParameterException(spec.commandLine(), messageIdFile + " holds no message id");
            }
            return ids;
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + messageIdFile + ": " + e.getMessage());
        }
    }

    private static String summary(List<MessageAccessRow> rows) {
        Set<String> requested = new TreeSet<>();
        Set<String> found = new TreeSet<>();
        Set<String> byAttacker = new TreeSet<>();
        for (MessageAccessRow row : rows) {
            requested.add(row.messageKey());
            if (row.found()) {
                found.add(row.messageKey());
            }
            if (row.attribution() == Attribution.ATTACKER) {
                byAttacker.add(row.messageKey());
            }
        }
        return requested.size() + " message(s) looked up: " + found.size() + " accessed, " + byAttacker.size()
                + " by an attacker context";
    }
}
