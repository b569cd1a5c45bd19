package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A ClientInfoString naming a scripting HTTP library or tool (python-requests, curl, PowerShell, ...): a script,
 * not a mail client, read the mailbox. Bulk readers and token replays are scripted; people use mail clients.
 */
public final class ScriptedClientRule implements SuspicionRule {
    public static final String CODE = "scripted-client";
    private static final List<String> SCRIPTING_CLIENTS = List.of("python-requests", "python-urllib", "aiohttp",
            "httpx", "curl/", "libcurl", "wget/", "go-http-client", "postmanruntime", "axios/", "node-fetch",
            "okhttp", "java-http-client", "apache-httpclient", "windowspowershell", "powershell/", "insomnia/");

    @Override
    public Optional<Reason> evaluate(ContextFacts facts, TenantIndex tenant) {
        String client = facts.context().key().clientInfoString();
        String tool = scriptingClient(client);
        if (tool == null) {
            return Optional.empty();
        }
        return Optional.of(new Reason(CODE, "client " + client.trim() + " is a scripting tool (" + tool
                + "), not a mail client", 3));
    }

    /** The scripting library or tool a ClientInfoString names, or null. */
    public static String scriptingClient(String clientInfoString) {
        if (clientInfoString == null) {
            return null;
        }
        String client = clientInfoString.toLowerCase(Locale.ROOT);
        for (String tool : SCRIPTING_CLIENTS) {
            if (client.contains(tool)) {
                return tool.endsWith("/") ? tool.substring(0, tool.length() - 1) : tool;
            }
        }
        return null;
    }
}
