package io.osprey.collect.auth;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The private key and certificate chain an app signs its client assertion with.
 *
 * @param privateKey the RSA private key
 * @param chain      the certificate first, then any issuers
 */
public record CertificateMaterial(PrivateKey privateKey, List<X509Certificate> chain) {
    public CertificateMaterial {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain needs at least one certificate");
        }
    }

    @Override
    public String toString() {
        return "CertificateMaterial[" + chain.get(0).getSubjectX500Principal() + ", key redacted]";
    }
}
