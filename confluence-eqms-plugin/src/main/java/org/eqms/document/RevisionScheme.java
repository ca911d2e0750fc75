package org.eqms.document;

import java.util.Comparator;

/**
 * How a document type labels its revisions: the rule that each new revision gets the next label, labels strictly
 * increase and none repeats (ISO 13485 §4.2.4: the current revision status of documents is identified).
 *
 * <ul>
 *   <li>{@link #LETTERS}: {@code A, B, …, Z, AA, AB, …, AZ, BA, …, ZZ, AAA, …} like spreadsheet columns (bijective
 *       base 26), upper case, at most {@value #MAX_LETTERS} letters.</li>
 *   <li>{@link #MAJOR_MINOR_NUMERIC}: {@code 1.0, 2.0, 3.0, …}. Each new revision increments the major number; the
 *       minor number is always {@code 0} (no leading zeros, major at most {@value #MAX_MAJOR}).</li>
 * </ul>
 *
 * <p>Labels are validated exactly: {@code "a"}, {@code " A"}, {@code "01.0"} or {@code "1.1"} are not revisions of
 * these schemes.
 */
public enum RevisionScheme {

    LETTERS {
        @Override
        public String first() {
            return "A";
        }

        @Override
        public boolean isValid(String revision) {
            if (revision == null || revision.isEmpty() || revision.length() > MAX_LETTERS) {
                return false;
            }
            for (int i = 0; i < revision.length(); i++) {
                char c = revision.charAt(i);
                if (c < 'A' || c > 'Z') {
                    return false;
                }
            }
            return true;
        }

        @Override
        String successor(String current) {
            char[] letters = current.toCharArray();
            int i = letters.length - 1;
            while (i >= 0 && letters[i] == 'Z') {
                letters[i] = 'A';
                i--;
            }
            if (i >= 0) {
                letters[i]++;
                return new String(letters);
            }
            if (letters.length == MAX_LETTERS) {
                throw exhausted(current);
            }
            return "A" + new String(letters);
        }

        @Override
        int compareValid(String a, String b) {
            // Bijective base 26: a longer label is always later; equal lengths compare letter by letter.
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
    },

    MAJOR_MINOR_NUMERIC {
        @Override
        public String first() {
            return "1.0";
        }

        @Override
        public boolean isValid(String revision) {
            if (revision == null || !revision.endsWith(".0")) {
                return false;
            }
            String major = revision.substring(0, revision.length() - 2);
            if (major.isEmpty() || major.length() > 9 || major.charAt(0) == '0') {
                return false;
            }
            for (int i = 0; i < major.length(); i++) {
                char c = major.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        @Override
        String successor(String current) {
            int major = major(current);
            if (major == MAX_MAJOR) {
                throw exhausted(current);
            }
            return (major + 1) + ".0";
        }

        @Override
        int compareValid(String a, String b) {
            return Integer.compare(major(a), major(b));
        }

        private int major(String revision) {
            return Integer.parseInt(revision.substring(0, revision.length() - 2));
        }
    };

    /** The longest label of {@link #LETTERS}. */
    public static final int MAX_LETTERS = 6;

    /** The largest major number of {@link #MAJOR_MINOR_NUMERIC}. */
    public static final int MAX_MAJOR = 999_999_999;

    /** The label of a document's first revision. */
    public abstract String first();

    /** Whether {@code revision} is exactly a label this scheme produces. */
    public abstract boolean isValid(String revision);

    /**
     * The label of the revision after {@code current}.
     *
     * @throws InvalidRevisionException if {@code current} is not a label of this scheme, or is its last one
     */
    public final String next(String current) {
        return successor(requireValid(current));
    }

    /**
     * Orders two labels of this scheme: negative if {@code a} is the earlier revision, 0 if equal, positive if later.
     *
     * @throws InvalidRevisionException if either is not a label of this scheme
     */
    public final int compare(String a, String b) {
        return compareValid(requireValid(a), requireValid(b));
    }

    /** {@link #compare} as a comparator, earliest revision first. */
    public final Comparator<String> order() {
        return this::compare;
    }

    /**
     * Returns {@code revision} if it is a label of this scheme.
     *
     * @throws InvalidRevisionException otherwise
     */
    public final String requireValid(String revision) {
        if (!isValid(revision)) {
            throw new InvalidRevisionException(
                    "\"" + revision + "\" is not a revision of the scheme " + name() + ".",
                    "Revisions of " + name() + " are " + examples() + ".");
        }
        return revision;
    }

    abstract String successor(String current);

    abstract int compareValid(String a, String b);

    InvalidRevisionException exhausted(String current) {
        return new InvalidRevisionException(
                "Revision " + current + " is the last one the scheme " + name() + " can label.",
                "Start a new document (with a new number) for further changes.");
    }

    private String examples() {
        return this == LETTERS
                ? "A, B, ..., Z, AA, AB, ... (upper-case letters, at most " + MAX_LETTERS + ")"
                : "1.0, 2.0, 3.0, ... (the minor number is always 0)";
    }
}
