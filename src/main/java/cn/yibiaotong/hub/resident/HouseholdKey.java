package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.identity.Addresses;

/**
 * Which household a resident belongs to, from its surviving values: the source's household number (户号) where
 * one exists; else, for a resident whose sources give a relationship to the head, its registered address, so that
 * the people registered at one address with their relationships form one household. Otherwise none.
 */
public final class HouseholdKey {

    /** Marks a household derived from an address, so it can never equal a department's own household number. */
    static final String FROM_ADDRESS = "A";
    private static final java.util.regex.Pattern DERIVED = java.util.regex.Pattern.compile("A[0-9a-f]{1,16}");

    private HouseholdKey() {
    }

    public static String of(String householdNumber, String relationship, String registeredAddress) {
        if (householdNumber != null && !householdNumber.isBlank()) {
            return householdNumber.strip();
        }
        String address = relationship == null ? null : Addresses.normalize(registeredAddress);
        if (address == null) {
            return null;
        }
        return FROM_ADDRESS + Long.toHexString(fnv(address));
    }

    /** Whether a household was grouped by address rather than by a household number. */
    public static boolean fromAddress(String householdId) {
        return DERIVED.matcher(householdId).matches();
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
