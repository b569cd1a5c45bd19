package io.osprey.collect.auth;

import java.io.ByteArrayOutputStream;

/** Wraps a PKCS#1 {@code RSAPrivateKey} (a PEM "RSA PRIVATE KEY") into the PKCS#8 structure Java reads. */
final class Pkcs1 {
    /** DER of {@code AlgorithmIdentifier { rsaEncryption, NULL }}. */
    private static final byte[] RSA_ALGORITHM = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00
    };
    private static final byte[] VERSION_ZERO = {0x02, 0x01, 0x00};

    private Pkcs1() {
    }

    static byte[] toPkcs8(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(VERSION_ZERO);
        body.writeBytes(RSA_ALGORITHM);
        body.writeBytes(tagged(0x04, pkcs1));
        return tagged(0x30, body.toByteArray());
    }

    private static byte[] tagged(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
            out.write(0x80 | bytes);
            for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
                out.write((length >>> shift) & 0xff);
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
