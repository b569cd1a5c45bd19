package io.osprey.collect.auth;

import io.osprey.collect.CollectException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Function;

/** Reads a {@link Secret} from its {@link SecretSource}. */
public final class SecretReader {
    private final Function<String, String> environment;

    /** @param environment looks up an environment variable ({@code System::getenv} outside tests) */
    public SecretReader(Function<String, String> environment) {
        this.environment = environment;
    }

    public Secret read(SecretSource source) {
        String value;
        if (source instanceof SecretSource.EnvironmentVariable variable) {
            value = environment.apply(variable.name());
        } else {
            value = readFile((SecretSource.SecretFile) source);
        }
        if (value == null || value.strip().isEmpty()) {
            throw new CollectException("no secret found in " + source.describe() + " (it is unset or empty)");
        }
        return new Secret(value.strip());
    }

    private static String readFile(SecretSource.SecretFile file) {
        try {
            return Files.readString(file.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CollectException("cannot read the secret " + file.describe() + ": "
                    + e.getClass().getSimpleName());
        }
    }
}
