package id.satupintu.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a citizen's message into {@link NormalisedText}. One pass over the characters, no regular
 * expressions: it runs on every message. Stateless and thread-safe.
 */
final class Normaliser {

    private final Lexicon lexicon;

    Normaliser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    NormalisedText normalise(String text) {
        String s = foldUnicode(text);
        var raw = new ArrayList<String>();
        var marks = new LinkedHashSet<String>();
        int n = s.length();
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            if (startsUrl(s, i)) {
                i = skipToSpace(s, i);
                marks.add("<url>");
            } else if ((c == '@' || c == '#') && i + 1 < n && isNameChar(s.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                int end = i + 1;
                while (end < n && (isNameChar(s.charAt(end)) || s.charAt(end) == '.' && end + 1 < n && isNameChar(s.charAt(end + 1)))) {
                    end++;
                }
                String name = s.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (c == '@') {
                    handleMarks(name, marks);
                } else {
                    marks.add("#" + name.replace("_", ""));
                }
                i = end;
            } else if (Character.isLetterOrDigit(c)) {
                var word = new StringBuilder();
                int end = i;
                while (end < n) {
                    char ch = s.charAt(end);
                    if (Character.isLetterOrDigit(ch)) {
                        word.append(Character.toLowerCase(ch));
                    } else if (!isInnerApostrophe(s, end)) {
                        break;
                    }
                    end++;
                }
                splitWord(word.toString(), raw, marks);
                i = end;
            } else {
                if (c == '?') {
                    marks.add("?");
                } else if (c == '!') {
                    marks.add("!");
                } else if (isEmoji(c)) {
                    marks.add(":" + lexicon.emoji().getOrDefault(c, "other"));
                }
                i += Character.charCount(c);
            }
        }
        return new NormalisedText(expand(raw), List.copyOf(marks));
    }

    /** Fancy letters (𝗷𝗮𝗹𝗮𝗻, ｊａｌａｎ), accents and variation selectors fold to plain ASCII letters. */
    private static String foldUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
                var out = new StringBuilder(decomposed.length());
                decomposed.codePoints()
                        .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK && cp != 0x200B && cp != 0xFEFF)
                        .forEach(out::appendCodePoint);
                return out.toString();
            }
        }
        return text;
    }

    private static boolean startsUrl(String s, int i) {
        return (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(')
                && (s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i)
                || s.startsWith("bit.ly/", i));
    }

    private static int skipToSpace(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** "jum'at", "assalamu'alaikum": an apostrophe between letters is dropped, not a word break. */
    private static boolean isInnerApostrophe(String s, int i) {
        char c = s.charAt(i);
        return (c == '\'' || c == '’' || c == '`') && i > 0 && i + 1 < s.length()
                && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
    }

    private static boolean isEmoji(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || c >= 0x1F000 && c <= 0x1FAFF || c == 0x2764 || c == 0x203C;
    }

    /** A handle yields the agency words it contains ({@code @dinkes_sijunjung} → {@code @dinkes}), or {@code @}. */
    private void handleMarks(String handle, Set<String> marks) {
        String compact = handle.replace("_", "").replace(".", "");
        boolean found = false;
        for (String word : lexicon.handleWords()) {
            int at = compact.indexOf(word);
            if (at >= 0) {
                marks.add("@" + word);
                compact = compact.substring(0, at) + " " + compact.substring(at + word.length());
                found = true;
            }
        }
        if (!found) {
            marks.add("@");
        }
    }

    /**
     * Splits letters from digits: "smpn1" → smpn + number, "50rb" → money, "anak2" → anak (the
     * digit 2 marks a reduplicated word), "rt02" → rt + number.
     */
    private void splitWord(String token, List<String> raw, Set<String> marks) {
        int n = token.length();
        for (int i = 0; i < n; ) {
            int end = i;
            boolean digits = Character.isDigit(token.charAt(i));
            while (end < n && Character.isDigit(token.charAt(end)) == digits) {
                end++;
            }
            String part = token.substring(i, end);
            if (!digits) {
                raw.add(part);
            } else if (part.equals("2") && i > 1 && end == n) {
                // reduplication: the word before stands for itself
            } else if (end < n && isMoneyUnit(token, end)) {
                marks.add("<money>");
                end = n;
            } else {
                marks.add("<num>");
            }
            i = end;
        }
    }

    private static boolean isMoneyUnit(String token, int at) {
        return switch (token.substring(at)) {
            case "rb", "rbu", "ribu", "k", "jt", "jta", "juta", "jtan" -> true;
            default -> false;
        };
    }

    /** Undoes elongations, then expands two-word phrases and slang into standard words. */
    private List<String> expand(List<String> raw) {
        var words = new ArrayList<String>(raw.size() + 4);
        for (int i = 0; i < raw.size(); i++) {
            String word = canonical(raw.get(i));
            if (i + 1 < raw.size()) {
                List<String> phrase = lexicon.phrases().get(word + " " + canonical(raw.get(i + 1)));
                if (phrase != null) {
                    words.addAll(phrase);
                    i++;
                    continue;
                }
            }
            List<String> standard = lexicon.slang().get(word);
            if (standard != null) {
                words.addAll(standard);
            } else {
                words.add(word);
            }
        }
        return words;
    }

    /** "tolongggg" → tolong, "wkwkwk" → tertawa, "bangeet" → banget when only the shorter form is known. */
    private String canonical(String word) {
        if (isLaughter(word)) {
            return "wkwk";
        }
        String collapsed = collapseRuns(word, 3);
        if (!lexicon.isKnown(collapsed)) {
            String shorter = collapseRuns(collapsed, 2);
            if (lexicon.isKnown(shorter)) {
                return shorter;
            }
        }
        return collapsed;
    }

    /** Collapses every run of at least {@code min} equal letters into one letter. */
    private static String collapseRuns(String word, int min) {
        var out = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; ) {
            int end = i;
            while (end < n && word.charAt(end) == word.charAt(i)) {
                end++;
            }
            out.append(word, i, end - i >= min ? i + 1 : end);
            i = end;
        }
        return out.length() == n ? word : out.toString();
    }

    private static boolean isLaughter(String word) {
        if (word.length() < 4) {
            return false;
        }
        boolean wk = true;
        boolean ha = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            wk &= c == 'w' || c == 'k' || c == 'a';
            ha &= c == 'h' || c == 'a' || c == 'e' || c == 'i' || c == 'x';
        }
        return wk && word.indexOf('w') >= 0 && word.indexOf('k') >= 0
                || ha && (word.startsWith("ha") || word.startsWith("he") || word.startsWith("hi") || word.startsWith("xi"));
    }
}
