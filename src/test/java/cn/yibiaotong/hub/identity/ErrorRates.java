package cn.yibiaotong.hub.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How dirty the generated department records are, each a probability per record (per person where noted).
 * Defaults follow what street offices report of real department data; any can be overridden on the command
 * line as {@code name=value}.
 */
final class ErrorRates {

    final Map<String, Double> rates = new LinkedHashMap<>();

    ErrorRates() {
        rates.put("noIdPerson", 0.03);      // per person: a child or migrant no source has an ID number for
        rates.put("idMissing", 0.04);       // the ID column left blank in one source
        rates.put("id15", 0.02);            // the old 15-digit number (people born before 2000)
        rates.put("idBadCheck", 0.01);      // one digit mistyped or two swapped: the check digit fails
        rates.put("nameHomophone", 0.02);   // 张伟 typed as 张玮
        rates.put("nameTypo", 0.003);       // one character replaced by an unrelated one
        rates.put("nameSpaces", 0.02);      // 张 伟, or a middle dot
        rates.put("birthSwapped", 0.01);    // day and month exchanged (where both are ≤ 12)
        rates.put("birthDigit", 0.003);     // one digit of the birth date mistyped
        rates.put("genderWrong", 0.002);
        rates.put("phoneNew", 0.10);        // the person changed phones; this source has the old one
        rates.put("phoneMissing", 0.10);
        rates.put("moved", 0.05);           // the residence address in this source is an old one
        rates.put("addressVariant", 0.30);  // full-width digits, 幢/号楼 for 栋, no city prefix, Chinese numerals
        rates.put("twins", 0.02);           // per household with two or more children: two children born the same day
    }

    double get(String name) {
        return rates.get(name);
    }

    static ErrorRates parse(String[] overrides) {
        ErrorRates r = new ErrorRates();
        for (String o : overrides) {
            String[] kv = o.split("=", 2);
            if (kv.length != 2 || !r.rates.containsKey(kv[0])) {
                throw new IllegalArgumentException("unknown rate " + o + "; known: " + r.rates.keySet());
            }
            r.rates.put(kv[0], Double.parseDouble(kv[1]));
        }
        return r;
    }
}
