package dev.switchboard.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top {@code switchboard} command; it only holds the subcommands and the help options. */
@Command(name = "switchboard", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class, sortOptions = false,
        description = "Checks and renders bot keyboards for Telegram and VK (also over HTTP with serve), reads their updates, sends test messages and runs the example bots (for real, or on built-in fakes with demo).",
        footer = {"", "Exit status: 0 valid (warnings allowed), 1 at least one ERROR, 2 unusable input or usage error; "
                + "for parse: 0 every update read, 1 some skipped, 2 unusable input or usage error; "
                + "for send: 0 sent, 1 invalid layout, 2 usage error or missing token, 3 API failure; "
                + "for bot: 130 after Ctrl-C, 0 stopped otherwise, 2 unknown bot or no platform configured, 3 an update "
                + "source failed; for demo: 0 every step went as scripted, 1 a step failed, 2 usage error; "
                + "for serve: 130 after Ctrl-C, 0 stopped otherwise, 2 usage error or the address cannot be listened on; "
                + "for every command: " + Cli.INTERNAL_ERROR_HELP,
            "",
            "Environment (send and bot): TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL, VK_GROUP_TOKEN, VK_API_URL; "
                + "bot also VK_GROUP_ID."})
final class SwitchboardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand (validate, render, parse, send, bot, demo or serve)");
    }
}
