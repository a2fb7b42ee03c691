package si.mama.portal.survey.web;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import si.mama.portal.survey.entity.AnswerValue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One answer as the answer page's script (survey.js) sends it: the question's {@code code}, its {@code values} (a
 * JSON array) and {@code other} text, the {@code token} the script gets back to clear its journal entry, and, for an
 * answer kept while the session had ended or the connection was down, {@code replay} with {@code base}: when the page
 * last saw that answer saved (epoch milliseconds).
 */
record SentAnswer(String code, AnswerValue value, String token, boolean replay, long base) {

    static SentAnswer from(Map<String, String> params) {
        String base = params.get("base");
        return new SentAnswer(params.get("code"), new AnswerValue(values(params.get("values")), params.get("other")),
                Objects.toString(params.get("token"), ""), "true".equals(params.get("replay")),
                base == null || !base.matches("\\d{1,15}") ? 0 : Long.parseLong(base));
    }

    private static List<String> values(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .map(v -> ((JsonString) v).getString()).toList();
        } catch (RuntimeException notAList) {
            return List.of(json);
        }
    }
}
