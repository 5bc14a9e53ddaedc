package org.newskg.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How newskg mints IRIs for the things it describes; all under {@link NKG#DATA}. */
public final class Iris {
    private Iris() {}

    public static String entity(String key) {
        return NKG.DATA + "entity/" + key;
    }

    public static String article(String articleId) {
        return NKG.DATA + "article/" + slug(articleId);
    }

    public static String rule(String ruleName) {
        return NKG.DATA + "rule/" + slug(ruleName);
    }

    /** A relation reader's rule: the reader's name is part of it, so that two readers' rules never share an IRI. */
    public static String rule(String readerName, String ruleName) {
        return rule(readerName + "/" + ruleName);
    }

    /** A fact's statement node: a digest of subject, property and object, so it is stable across runs. */
    public static String statement(String subjectIri, String propertyIri, String objectKey) {
        return NKG.DATA + "fact/" + digest(subjectIri + '\u0000' + propertyIri + '\u0000' + objectKey);
    }

    public static String evidence(String statementIri, String articleId, int sentenceIndex) {
        return NKG.DATA + "evidence/" + digest(statementIri + '\u0000' + articleId + '\u0000' + sentenceIndex);
    }

    /** A readable IRI-safe key from a name: letters, digits, '-', '.' and '_' kept, the rest become '_'. */
    public static String slug(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
            if (safe) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
        }
        while (sb.length() > 0 && (sb.charAt(sb.length() - 1) == '_' || sb.charAt(sb.length() - 1) == '.')) {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? "x" + digest(name) : sb.toString();
    }

    /** The first 16 hex digits of the SHA-256 of {@code s}: a stable short key. */
    public static String digest(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
