package cn.yibiaotong.hub.identity;

import java.util.Map;
import java.util.Set;

/** The comparisons config/matching.yaml can name, and which data-list items each can compare. */
final class Comparators {

    static final Map<String, Set<String>> ITEMS = Map.of(
            "name", Set.of(RecordPreparer.NAME),
            "birth-date", Set.of(RecordPreparer.BIRTH),
            "gender", Set.of(RecordPreparer.GENDER),
            "phone", Set.of(RecordPreparer.PHONE),
            "address", Set.of(RecordPreparer.REGISTERED, RecordPreparer.RESIDENCE),
            "division", Set.of(RecordPreparer.COMMUNITY),
            "id-evidence", Set.of(RecordPreparer.ID));

    private Comparators() {
    }

    static FieldComparator of(String comparator, String item) {
        return switch (comparator) {
            case "name" -> new NameComparator();
            case "birth-date" -> new BirthDateComparator();
            case "gender" -> new GenderComparator();
            case "phone" -> new PhoneComparator();
            case "address" -> RecordPreparer.REGISTERED.equals(item)
                    ? new AddressComparator(MatchRecord::registeredAddress, null)
                    : new AddressComparator(MatchRecord::residenceAddress, MatchRecord::registeredAddress);
            case "division" -> new DivisionComparator();
            case "id-evidence" -> new IdEvidenceComparator();
            default -> throw new IllegalArgumentException("unknown comparator " + comparator);
        };
    }
}
