package org.eqms.jira.store;

import org.eqms.store.ao.StoredInstant;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.TypeFactory;

/**
 * A strict JSON codec for one domain record stored as text (docs: the stored forms are this app's, not an exchange
 * format). Written canonically — members sorted by name, map entries by key, every member present (absent values as
 * {@code null}), instants as {@link StoredInstant} text — so the same record always gives the same text. Wrapped in
 * an envelope naming its format: {@code {"format":"eqms-jira/<record>/<n>","record":{…}}}.
 *
 * <p>Reading is strict and never guesses: malformed JSON, trailing content, duplicate members, unknown or missing
 * members, a wrong or missing format, numbers or strings where the other is expected, fractions where integers are
 * expected, unknown enum names, and values the domain record refuses all throw {@link StoredDataException} naming
 * what was read.
 *
 * <p>A codec may also read records of its older formats ({@link #readingAlso}): each such record is upgraded to the
 * current shape before it is read as strictly; it is written in the current format when next saved.
 *
 * @param <T> the record type
 */
public final class StoredJson<T> {
    static final String ENVELOPE_FORMAT = "format";
    static final String ENVELOPE_RECORD = "record";

    static final ObjectMapper MAPPER = strictMapper();

    private final String format;
    private final JavaType type;
    private final Map<String, UnaryOperator<JsonNode>> upgrades;

    StoredJson(String format, JavaType type) {
        this(format, type, Map.of());
    }

    private StoredJson(String format, JavaType type, Map<String, UnaryOperator<JsonNode>> upgrades) {
        this.format = format;
        this.type = type;
        this.upgrades = Map.copyOf(upgrades);
    }

    /**
     * This codec, also reading records stored in an older format.
     *
     * @param olderFormat the older format's name, e.g. {@code eqms-jira/risk-record/1}
     * @param upgrade     turns a copy of an older record into this format's shape; throws
     *                    {@link IllegalArgumentException} for a record the older format never held
     */
    StoredJson<T> readingAlso(String olderFormat, UnaryOperator<JsonNode> upgrade) {
        Map<String, UnaryOperator<JsonNode>> next = new LinkedHashMap<>(upgrades);
        next.put(olderFormat, upgrade);
        return new StoredJson<>(format, type, next);
    }

    static <T> StoredJson<T> of(String format, Class<T> type) {
        return new StoredJson<>(format, TypeFactory.defaultInstance().constructType(type));
    }

    /** The format name this codec writes and accepts, e.g. {@code eqms-jira/risk-record/1}. */
    public String format() {
        return format;
    }

    /** The canonical stored text of the record. */
    public String write(T value) {
        if (value == null) {
            throw new IllegalArgumentException("Nothing to write as " + format);
        }
        try {
            return "{\"" + ENVELOPE_FORMAT + "\":" + MAPPER.writeValueAsString(format) + ",\"" + ENVELOPE_RECORD
                    + "\":" + MAPPER.writerFor(type).writeValueAsString(value) + "}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A " + type + " could not be written as " + format, e);
        }
    }

    /**
     * The record the stored text holds.
     *
     * @param what names the stored thing in the error message, e.g. {@code "risk R-1 of project PUMP"}
     * @throws StoredDataException if the text is not exactly this codec's form of a valid record
     */
    public T read(String json, String what) {
        if (json == null) {
            throw new StoredDataException("The stored " + what + " is empty (SQL NULL); expected " + format, null);
        }
        JsonNode envelope;
        try {
            envelope = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoredDataException("The stored " + what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (envelope == null || !envelope.isObject() || envelope.size() != 2
                || !envelope.path(ENVELOPE_FORMAT).isTextual() || !envelope.has(ENVELOPE_RECORD)) {
            throw new StoredDataException("The stored " + what + " is not an envelope {\"format\":…,\"record\":…}"
                    + " of " + format, null);
        }
        String stored = envelope.get(ENVELOPE_FORMAT).asText();
        UnaryOperator<JsonNode> upgrade = format.equals(stored) ? UnaryOperator.identity() : upgrades.get(stored);
        if (upgrade == null) {
            throw new StoredDataException("The stored " + what + " has format " + stored + "; this version reads "
                    + format + (upgrades.isEmpty() ? " only" : " and " + String.join(", ", upgrades.keySet())), null);
        }
        try {
            JsonNode record = upgrade.apply(envelope.get(ENVELOPE_RECORD).deepCopy());
            T value = MAPPER.treeToValue(record, type);
            if (value == null) {
                throw new StoredDataException("The stored " + what + " holds no record", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            Throwable refusal = e.getCause() instanceof RuntimeException r && !(r instanceof StoredDataException)
                    ? r : e;
            throw new StoredDataException("The stored " + what + " is not a valid " + format + " record: "
                    + (refusal == e ? e.getOriginalMessage() : refusal.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new StoredDataException("The stored " + what + " is not a valid " + format + " record: "
                    + e.getMessage(), e);
        }
    }

    private static ObjectMapper strictMapper() {
        SimpleModule instants = new SimpleModule("eqms-stored-instants");
        instants.addSerializer(Instant.class, new InstantSerializer());
        instants.addDeserializer(Instant.class, new InstantDeserializer());
        JsonMapper mapper = JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // records are written from their component fields and read through their canonical constructors:
                // a derived is…() or get…() method (e.g. isIntact()) is never stored
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .addModule(instants)
                .build();
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        // no number or boolean is read as text
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static final class InstantSerializer extends StdSerializer<Instant> {
        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(StoredInstant.format(value));
        }
    }

    private static final class InstantDeserializer extends StdDeserializer<Instant> {
        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText();
            try {
                return StoredInstant.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text,
                        "not a UTC time with nine fraction digits (uuuu-MM-ddTHH:mm:ss.nnnnnnnnnZ)");
            }
        }
    }
}
