package org.xiangli.provisioning.diag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text bound for a support zip: values of secret-looking config keys, passwords in URLs,
 * private key lines, and any literal secret the caller knows (the PIN hash, key file contents).
 */
public final class Redactor {

    public static final String MARK = "<redacted>";
    private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "(?im)^(\\s*[\\w.-]*(?:pin|pass(?:word)?|secret|token|private|credential)[\\w.-]*\\s*=\\s*).*$");
    /** The same inside a log line ({@code login password=...}), unless already redacted. */
    private static final Pattern INLINE_SECRET = Pattern.compile(
            "(?i)\\b(\\w*(?:pin|pass(?:word)?|secret|token)\\w*)(\\s*[=:]\\s*)(?!\"?<redacted>)(\"[^\"]*\"|[^\\s,;&]+)");
    private static final Pattern URL_USERINFO = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://)[^/@\\s\"']+@");
    private static final Pattern KEY_MATERIAL = Pattern.compile("(?m)(pkcs8:|aes256:)[A-Za-z0-9+/=_-]+");

    private final List<String> knownSecrets;

    public Redactor(List<String> knownSecrets) {
        this.knownSecrets = knownSecrets.stream().filter(s -> s.length() >= 4).toList();
    }

    public String redact(String text) {
        String out = text;
        for (String secret : knownSecrets) {
            out = out.replace(secret, MARK);
        }
        out = SECRET_ASSIGNMENT.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\"" + MARK + "\""));
        out = INLINE_SECRET.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + MARK));
        out = URL_USERINFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MARK + "@"));
        return KEY_MATERIAL.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MARK));
    }
}
