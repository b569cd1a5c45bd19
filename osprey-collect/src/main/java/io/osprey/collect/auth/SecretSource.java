package io.osprey.collect.auth;

import java.nio.file.Path;
import java.util.Objects;

/** Where a secret is read from. A secret is never taken from the command line itself. */
public sealed interface SecretSource {
    /** The secret is the value of an environment variable. */
    record EnvironmentVariable(String name) implements SecretSource {
        public EnvironmentVariable {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String describe() {
            return "environment variable " + name;
        }
    }

    /** The secret is the content of a file (surrounding white space and line ends removed). */
    record SecretFile(Path file) implements SecretSource {
        public SecretFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return "file " + file;
        }
    }

    /** Where the secret comes from, for messages; never the secret itself. */
    String describe();
}
