package org.eqms.store.ao;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words that must not be used as Active Objects table or column names, with the source that reserves each.
 *
 * <p>Sources:
 * <ul>
 *   <li><b>Atlassian AO plugin</b>: {@code NamesLengthAndOracleReservedWordsEntitiesValidator.RESERVED_WORDS}
 *       of the activeobjects-plugin; the product refuses to load an entity that uses one;</li>
 *   <li><b>SQL:2016</b>: reserved words of ISO/IEC 9075-2:2016, as listed in the PostgreSQL source
 *       {@code doc/src/sgml/keywords/sql2016-02-reserved.txt};</li>
 *   <li><b>Oracle</b>: "Oracle SQL Reserved Words", Oracle Database SQL Language Reference;</li>
 *   <li><b>PostgreSQL 15</b>: {@code pg_get_keywords()} categories R (reserved) and T (reserved, can be function
 *       or type name), read from PostgreSQL 15.18;</li>
 *   <li><b>HSQLDB</b>: {@code org.hsqldb.Tokens.isKeyword} of the HSQLDB on the class path (2.7.4);</li>
 *   <li><b>MySQL</b> and <b>SQL Server</b>: the reserved-word sets Active Objects 3.2.11 itself ships
 *       ({@code MySQLDatabaseProvider}, {@code SQLServerDatabaseProvider}; the latter includes Microsoft's ODBC
 *       and future keywords).</li>
 * </ul>
 */
public final class SqlReservedWords {

    static final String ATLASSIAN_AO_PLUGIN = "Atlassian AO plugin";
    static final String SQL_2016 = "SQL:2016";
    static final String ORACLE = "Oracle";
    static final String POSTGRESQL_15 = "PostgreSQL 15";
    static final String HSQLDB = "HSQLDB";
    static final String MYSQL = "MySQL (AO 3.2.11 list)";
    static final String SQL_SERVER = "SQL Server (AO 3.2.11 list)";

    private static final Set<String> ATLASSIAN_AO_PLUGIN_WORDS =
            words("BLOB CLOB NUMBER ROWID TIMESTAMP VARCHAR2");

    private static final Set<String> SQL_2016_WORDS = words(
            "ABS ABSENT ACOS ALL ALLOCATE ALTER AND ANY ARE ARRAY ARRAY_AGG ARRAY_MAX_CARDINALITY AS ASENSITIVE ASIN"
            + " ASYMMETRIC AT ATAN ATOMIC AUTHORIZATION AVG BEGIN BEGIN_FRAME BEGIN_PARTITION BETWEEN BIGINT BINARY"
            + " BLOB BOOLEAN BOTH BY CALL CALLED CARDINALITY CASCADED CASE CAST CEIL CEILING CHAR CHAR_LENGTH"
            + " CHARACTER CHARACTER_LENGTH CHECK CLASSIFIER CLOB CLOSE COALESCE COLLATE COLLECT COLUMN COMMIT"
            + " CONDITION CONNECT CONSTRAINT CONTAINS CONVERT COPY CORR CORRESPONDING COS COSH COUNT COVAR_POP"
            + " COVAR_SAMP CREATE CROSS CUBE CUME_DIST CURRENT CURRENT_CATALOG CURRENT_DATE"
            + " CURRENT_DEFAULT_TRANSFORM_GROUP CURRENT_PATH CURRENT_ROLE CURRENT_ROW CURRENT_SCHEMA CURRENT_TIME"
            + " CURRENT_TIMESTAMP CURRENT_TRANSFORM_GROUP_FOR_TYPE CURRENT_USER CURSOR CYCLE DATE DAY DEALLOCATE DEC"
            + " DECIMAL DECFLOAT DECLARE DEFAULT DEFINE DELETE DENSE_RANK DEREF DESCRIBE DETERMINISTIC DISCONNECT"
            + " DISTINCT DOUBLE DROP DYNAMIC EACH ELEMENT ELSE EMPTY END END_FRAME END_PARTITION END-EXEC EQUALS"
            + " ESCAPE EVERY EXCEPT EXEC EXECUTE EXISTS EXP EXTERNAL EXTRACT FALSE FETCH FILTER FIRST_VALUE FLOAT"
            + " FLOOR FOR FOREIGN FRAME_ROW FREE FROM FULL FUNCTION FUSION GET GLOBAL GRANT GROUP GROUPING GROUPS"
            + " HAVING HOLD HOUR IDENTITY IN INDICATOR INITIAL INNER INOUT INSENSITIVE INSERT INT INTEGER INTERSECT"
            + " INTERSECTION INTERVAL INTO IS JOIN JSON_ARRAY JSON_ARRAYAGG JSON_EXISTS JSON_OBJECT JSON_OBJECTAGG"
            + " JSON_QUERY JSON_TABLE JSON_TABLE_PRIMITIVE JSON_VALUE LAG LANGUAGE LARGE LAST_VALUE LATERAL LEAD"
            + " LEADING LEFT LIKE LIKE_REGEX LISTAGG LN LOCAL LOCALTIME LOCALTIMESTAMP LOG LOG10 LOWER MATCH"
            + " MATCH_NUMBER MATCH_RECOGNIZE MATCHES MAX MEASURES MEMBER MERGE METHOD MIN MINUTE MOD MODIFIES MODULE"
            + " MONTH MULTISET NATIONAL NATURAL NCHAR NCLOB NEW NO NONE NORMALIZE NOT NTH_VALUE NTILE NULL NULLIF"
            + " NUMERIC OCTET_LENGTH OCCURRENCES_REGEX OF OFFSET OLD OMIT ON ONE ONLY OPEN OR ORDER OUT OUTER OVER"
            + " OVERLAPS OVERLAY PARAMETER PARTITION PATTERN PER PERCENT PERCENT_RANK PERCENTILE_CONT PERCENTILE_DISC"
            + " PERIOD PERMUTE PORTION POSITION POSITION_REGEX POWER PRECEDES PRECISION PREPARE PRIMARY PROCEDURE PTF"
            + " RANGE RANK READS REAL RECURSIVE REF REFERENCES REFERENCING REGR_AVGX REGR_AVGY REGR_COUNT"
            + " REGR_INTERCEPT REGR_R2 REGR_SLOPE REGR_SXX REGR_SXY REGR_SYY RELEASE RESULT RETURN RETURNS REVOKE"
            + " RIGHT ROLLBACK ROLLUP ROW ROW_NUMBER ROWS RUNNING SAVEPOINT SCOPE SCROLL SEARCH SECOND SEEK SELECT"
            + " SENSITIVE SESSION_USER SET SHOW SIMILAR SIN SINH SKIP SMALLINT SOME SPECIFIC SPECIFICTYPE SQL"
            + " SQLEXCEPTION SQLSTATE SQLWARNING SQRT START STATIC STDDEV_POP STDDEV_SAMP SUBMULTISET SUBSET"
            + " SUBSTRING SUBSTRING_REGEX SUCCEEDS SUM SYMMETRIC SYSTEM SYSTEM_TIME SYSTEM_USER TABLE TABLESAMPLE"
            + " TAN TANH THEN TIME TIMESTAMP TIMEZONE_HOUR TIMEZONE_MINUTE TO TRAILING TRANSLATE TRANSLATE_REGEX"
            + " TRANSLATION TREAT TRIGGER TRIM TRIM_ARRAY TRUE TRUNCATE UESCAPE UNION UNIQUE UNKNOWN UNMATCHED"
            + " UNNEST UPDATE UPPER USER USING VALUE VALUES VALUE_OF VAR_POP VAR_SAMP VARBINARY VARCHAR VARYING"
            + " VERSIONING WHEN WHENEVER WHERE WIDTH_BUCKET WINDOW WITH WITHIN WITHOUT YEAR");

    private static final Set<String> ORACLE_WORDS = words(
            "ACCESS ADD ALL ALTER AND ANY AS ASC AUDIT BETWEEN BY CHAR CHECK CLUSTER COLUMN COLUMN_VALUE COMMENT"
            + " COMPRESS CONNECT CREATE CURRENT DATE DECIMAL DEFAULT DELETE DESC DISTINCT DROP ELSE EXCLUSIVE EXISTS"
            + " FILE FLOAT FOR FROM GRANT GROUP HAVING IDENTIFIED IMMEDIATE IN INCREMENT INDEX INITIAL INSERT INTEGER"
            + " INTERSECT INTO IS LEVEL LIKE LOCK LONG MAXEXTENTS MINUS MLSLABEL MODE MODIFY NESTED_TABLE_ID NOAUDIT"
            + " NOCOMPRESS NOT NOWAIT NULL NUMBER OF OFFLINE ON ONLINE OPTION OR ORDER PCTFREE PRIOR PUBLIC RAW"
            + " RENAME RESOURCE REVOKE ROW ROWID ROWNUM ROWS SELECT SESSION SET SHARE SIZE SMALLINT START SUCCESSFUL"
            + " SYNONYM SYSDATE TABLE THEN TO TRIGGER UID UNION UNIQUE UPDATE USER VALIDATE VALUES VARCHAR VARCHAR2"
            + " VIEW WHENEVER WHERE WITH");

    private static final Set<String> POSTGRESQL_15_WORDS = words(
            "ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC AUTHORIZATION BINARY BOTH CASE CAST CHECK COLLATE"
            + " COLLATION COLUMN CONCURRENTLY CONSTRAINT CREATE CROSS CURRENT_CATALOG CURRENT_DATE CURRENT_ROLE"
            + " CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DEFAULT DEFERRABLE DESC DISTINCT DO ELSE"
            + " END EXCEPT FALSE FETCH FOR FOREIGN FREEZE FROM FULL GRANT GROUP HAVING ILIKE IN INITIALLY INNER"
            + " INTERSECT INTO IS ISNULL JOIN LATERAL LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP NATURAL NOT"
            + " NOTNULL NULL OFFSET ON ONLY OR ORDER OUTER OVERLAPS PLACING PRIMARY REFERENCES RETURNING RIGHT SELECT"
            + " SESSION_USER SIMILAR SOME SYMMETRIC TABLE TABLESAMPLE THEN TO TRAILING TRUE UNION UNIQUE USER USING"
            + " VARIADIC VERBOSE WHEN WHERE WINDOW WITH");

    private static final Set<String> MYSQL_WORDS = activeObjectsReservedWords("net.java.ao.db.MySQLDatabaseProvider");
    private static final Set<String> SQL_SERVER_WORDS =
            activeObjectsReservedWords("net.java.ao.db.SQLServerDatabaseProvider");

    private SqlReservedWords() {
    }

    /** The sources that reserve {@code name} (case-insensitive); empty if none does. */
    public static List<String> sourcesReserving(String name) {
        String word = name.toUpperCase(Locale.ROOT);
        Map<String, Boolean> sources = new LinkedHashMap<>();
        sources.put(ATLASSIAN_AO_PLUGIN, ATLASSIAN_AO_PLUGIN_WORDS.contains(word));
        sources.put(SQL_2016, SQL_2016_WORDS.contains(word));
        sources.put(ORACLE, ORACLE_WORDS.contains(word));
        sources.put(POSTGRESQL_15, POSTGRESQL_15_WORDS.contains(word));
        sources.put(HSQLDB, org.hsqldb.Tokens.isKeyword(word));
        sources.put(MYSQL, MYSQL_WORDS.contains(word));
        sources.put(SQL_SERVER, SQL_SERVER_WORDS.contains(word));
        List<String> reserving = new ArrayList<>();
        sources.forEach((source, reserved) -> {
            if (reserved) {
                reserving.add(source);
            }
        });
        return reserving;
    }

    /** Whether any source reserves {@code name}. */
    public static boolean isReserved(String name) {
        return !sourcesReserving(name).isEmpty();
    }

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(new TreeSet<>(List.of(spaceSeparated.split(" "))));
    }

    private static Set<String> activeObjectsReservedWords(String providerClass) {
        try {
            Field field = Class.forName(providerClass).getDeclaredField("RESERVED_WORDS");
            field.setAccessible(true);
            Set<String> upper = new TreeSet<>();
            for (Object word : (Set<?>) field.get(null)) {
                upper.add(word.toString().toUpperCase(Locale.ROOT));
            }
            return Set.copyOf(upper);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + providerClass + ".RESERVED_WORDS of Active Objects 3.2.11", e);
        }
    }
}
