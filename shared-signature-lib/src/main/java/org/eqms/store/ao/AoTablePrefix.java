package org.eqms.store.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import net.java.ao.atlassian.TablePrefix;

/**
 * The table prefix {@code AO_XXXXXX_} that the Atlassian Active Objects plugin gives a plugin's tables.
 *
 * <p>The rule, as the activeobjects-plugin computes it
 * ({@code DefaultActiveObjectsConfigurationFactory.getTableNamePrefix}, {@code HexMd5Digester},
 * {@code SimplePrefix}, {@code ActiveObjectsConfiguration.AO_TABLE_PREFIX = "AO"}):
 * <ol>
 *   <li>namespace = the {@code namespace} attribute of the {@code <ao>} module if not blank,
 *       else the plugin's OSGi bundle symbolic name (for an Atlassian plugin, its plugin key);</li>
 *   <li>hash = the last 6 characters of the lowercase hex MD5 of the namespace's UTF-8 bytes;</li>
 *   <li>prefix = upper case of {@code "AO" + "_" + hash}; a table name is {@code prefix + "_" + NAME}.</li>
 * </ol>
 * Checked against published tables: {@code com.pyxis.greenhopper.jira} gives {@code AO_60DB71_RAPIDVIEW},
 * {@code com.atlassian.confluence.extra.team-calendars} gives {@code AO_950DC3_TC_SUBCALS}.
 */
public final class AoTablePrefix implements TablePrefix {

    private static final String AO_TABLE_PREFIX = "AO";
    private static final String SEPARATOR = "_";
    private static final int HASH_LENGTH = 6;

    private final String prefix;

    private AoTablePrefix(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix for an {@code <ao namespace="...">} module (or, without namespace, the plugin key). */
    public static AoTablePrefix forNamespace(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        if (namespace.isBlank()) {
            throw new IllegalArgumentException("namespace is blank; Active Objects would use the bundle symbolic name");
        }
        String md5Hex = md5Hex(namespace);
        String hash = md5Hex.substring(md5Hex.length() - HASH_LENGTH);
        return new AoTablePrefix((AO_TABLE_PREFIX + SEPARATOR + hash).toUpperCase(Locale.ENGLISH));
    }

    /** The prefix with its trailing separator, e.g. {@code AO_60DB71_}. */
    public String prefix() {
        return prefix + SEPARATOR;
    }

    /** {@code prefix + "_" + name}, e.g. {@code AO_60DB71_RAPIDVIEW}. */
    @Override
    public String prepend(String name) {
        return prefix + SEPARATOR + name;
    }

    @Override
    public String toString() {
        return prefix();
    }

    private static String md5Hex(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }
}
