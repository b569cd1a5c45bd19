package io.osprey.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code osprey}: the command line. Subcommands are thin: they parse, call the library and print. Register a
 * new subcommand in {@link #SUBCOMMANDS}.
 */
@Command(name = "osprey", mixinStandardHelpOptions = true, version = "osprey 0.1.0",
        description = "Microsoft 365 compromised-mailbox forensics over the Unified Audit Log.",
        subcommands = CommandLine.HelpCommand.class)
public final class OspreyCommand implements Runnable {
    /** Every subcommand, in the order the help lists them. */
    static final Class<?>[] SUBCOMMANDS = {DemoCommand.class, IngestCommand.class, SimulateCommand.class, InvestigateCommand.class, MessagesCommand.class, HuntCommand.class, ReportCommand.class, RulesCommand.class, CollectCommand.class};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: usage errors exit 2, failures exit 1 with a one-line message. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new OspreyCommand());
        for (Class<?> subcommand : SUBCOMMANDS) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("osprey: " + describe(exception));
            failed.getErr().flush();
            return ExitCodes.FATAL;
        });
        return commandLine;
    }

    private static String describe(Exception exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? "internal error: " + exception : message;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
