package io.osprey.simulate.tenant;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/** Display names (a share with non-ASCII letters) and the ASCII user principal names derived from them. */
public final class PersonNames {
    private static final String[] FIRST = {"Adele", "Alex", "Allan", "Ben", "Chloé", "Christie", "Debra", "Diego",
            "Emily", "Enrico", "François", "Grady", "Hélène", "Henrietta", "Irvin", "Isaiah", "Jiří", "Johanna",
            "Joni", "Jörg", "Lee", "Lidia", "Lynne", "Megan", "Miriam", "Nestor", "Noël", "Patti", "Pradeep",
            "Raúl", "Søren", "Zoë", "Åsa", "Łukasz", "Ines", "Mateo", "Yuki", "Amélie", "Gaëlle", "Björn",
            "Nuria", "Olga", "Paul", "Rachel", "Sam", "Tomás", "Ursula", "Victor", "Wendy", "Xavier"};
    private static final String[] LAST = {"Vance", "Wilber", "Deyoung", "Andrews", "Müller", "Cline", "Berger",
            "Soto", "Braun", "Ferrari", "Lefèvre", "Archie", "Dubois", "Harris", "Bellamy", "Dvořák", "Lindqvist",
            "Ortiz", "Schäfer", "Gonzalez", "Holt", "Zelenka", "Wilkins", "Bowen", "Grabowski", "Nowak",
            "Fernández", "Núñez", "Østergaard", "Kowalczyk", "Nakamura", "Rossi", "Garçon", "Weiß", "Brontë",
            "Yilmaz", "Petrov", "Kim", "O'Brien", "Smith", "Johnson", "Martin", "Bernard", "Thomas", "Robert",
            "Richard", "Durand", "Leroy", "Moreau", "Simon"};

    private PersonNames() {
    }

    public static String displayName(SplittableRandom random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    /** {@code Zoë Müller} to {@code zoe.muller}: accents removed, letters without a decomposition mapped. */
    public static String mailNickname(String displayName) {
        String decomposed = Normalizer.normalize(displayName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String ascii = decomposed.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
                .replace("ß", "ss").replace("'", "");
        return ascii.toLowerCase(Locale.ROOT).replace(' ', '.');
    }
}
