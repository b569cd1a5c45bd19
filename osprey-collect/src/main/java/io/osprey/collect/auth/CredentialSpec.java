package io.osprey.collect.auth;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** How Osprey signs in: app-only with a certificate or a client secret, or delegated with a device code. */
public sealed interface CredentialSpec {
    /**
     * App-only sign-in with a certificate: a PEM file (certificate and private key) or a PKCS#12/PFX file.
     *
     * @param file     the PEM or PFX file
     * @param password where the PFX (or encrypted PEM key) password is read from, if it has one
     */
    record Certificate(Path file, Optional<SecretSource> password) implements CredentialSpec {
        public Certificate {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String describe() {
            return "certificate " + file;
        }
    }

    /** App-only sign-in with a client secret read from an environment variable or a file. */
    record ClientSecret(SecretSource source) implements CredentialSpec {
        public ClientSecret {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String describe() {
            return "client secret from " + source.describe();
        }
    }

    /** Delegated sign-in: the user enters a code on another device. */
    record DeviceCode() implements CredentialSpec {
        @Override
        public String describe() {
            return "device code sign-in";
        }
    }

    /** What credential is used, for the plan and the manifest; never a secret. */
    String describe();
}
