package io.osprey.simulate.tenant;

import java.util.BitSet;

/**
 * What the planted incidents need from particular users (chosen before the users are made): a client they
 * must use, a large mailbox, or a mailbox whose audit set lacks MailItemsAccessed.
 */
public final class ProfileRequirements {
    private final BitSet owa = new BitSet();
    private final BitSet desktop = new BitSet();
    private final BitSet largeMailbox = new BitSet();
    private final BitSet unaudited = new BitSet();

    public ProfileRequirements requireOwa(int user) {
        owa.set(user);
        return this;
    }

    public ProfileRequirements requireDesktop(int user) {
        desktop.set(user);
        return this;
    }

    public ProfileRequirements requireLargeMailbox(int user) {
        largeMailbox.set(user);
        return this;
    }

    public ProfileRequirements requireUnaudited(int user) {
        unaudited.set(user);
        return this;
    }

    boolean owa(int user) {
        return owa.get(user);
    }

    boolean desktop(int user) {
        return desktop.get(user);
    }

    boolean largeMailbox(int user) {
        return largeMailbox.get(user);
    }

    boolean unaudited(int user) {
        return unaudited.get(user);
    }
}
