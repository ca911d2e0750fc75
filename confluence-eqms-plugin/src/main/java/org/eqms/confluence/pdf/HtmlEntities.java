package org.eqms.confluence.pdf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTML 4 named character references, which Confluence storage format uses (e.g. {@code &nbsp;},
 * {@code &rsquo;}) although it is otherwise XML: declared to the XML parser in an internal DTD subset.
 */
final class HtmlEntities {

    /** U+00A0 to U+00FF, in code point order. */
    private static final String LATIN_1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg"
            + " macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest"
            + " Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml"
            + " ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig"
            + " agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml"
            + " eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
    /** U+0391 to U+03A9 (U+03A2 is unassigned). */
    private static final String GREEK_UPPER = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi"
            + " Omicron Pi Rho - Sigma Tau Upsilon Phi Chi Psi Omega";
    /** U+03B1 to U+03C9. */
    private static final String GREEK_LOWER = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi"
            + " omicron pi rho sigmaf sigma tau upsilon phi chi psi omega";
    private static final String OTHERS = "OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376 fnof 402 circ 710 tilde 732"
            + " thetasym 977 upsih 978 piv 982 ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207"
            + " ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221 bdquo 8222 dagger 8224"
            + " Dagger 8225 bull 8226 hellip 8230 permil 8240 prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250 oline 8254"
            + " frasl 8260 euro 8364 image 8465 weierp 8472 real 8476 trade 8482 alefsym 8501 larr 8592 uarr 8593"
            + " rarr 8594 darr 8595 harr 8596 crarr 8629 lArr 8656 uArr 8657 rArr 8658 dArr 8659 hArr 8660"
            + " forall 8704 part 8706 exist 8707 empty 8709 nabla 8711 isin 8712 notin 8713 ni 8715 prod 8719"
            + " sum 8721 minus 8722 lowast 8727 radic 8730 prop 8733 infin 8734 ang 8736 and 8743 or 8744 cap 8745"
            + " cup 8746 int 8747 there4 8756 sim 8764 cong 8773 asymp 8776 ne 8800 equiv 8801 le 8804 ge 8805"
            + " sub 8834 sup 8835 nsub 8836 sube 8838 supe 8839 oplus 8853 otimes 8855 perp 8869 sdot 8901"
            + " lceil 8968 rceil 8969 lfloor 8970 rfloor 8971 lang 9001 rang 9002 loz 9674 spades 9824 clubs 9827"
            + " hearts 9829 diams 9830";

    private static final Map<String, Integer> CODE_POINTS = build();
    private static final String INTERNAL_SUBSET = declarations();

    private HtmlEntities() {
    }

    /** The {@code <!ENTITY ...>} declarations of every name, for an internal DTD subset. */
    static String internalSubset() {
        return INTERNAL_SUBSET;
    }

    static Map<String, Integer> codePoints() {
        return CODE_POINTS;
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> map = new LinkedHashMap<>();
        sequence(map, LATIN_1, 0xA0);
        sequence(map, GREEK_UPPER, 0x391);
        sequence(map, GREEK_LOWER, 0x3B1);
        String[] pairs = OTHERS.split(" ");
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], Integer.parseInt(pairs[i + 1]));
        }
        return Map.copyOf(map);
    }

    private static void sequence(Map<String, Integer> map, String names, int first) {
        String[] list = names.split(" ");
        for (int i = 0; i < list.length; i++) {
            if (!list[i].equals("-")) {
                map.put(list[i], first + i);
            }
        }
    }

    private static String declarations() {
        StringBuilder out = new StringBuilder();
        CODE_POINTS.forEach((name, code) ->
                out.append("<!ENTITY ").append(name).append(" \"&#").append(code).append(";\">"));
        return out.toString();
    }
}
