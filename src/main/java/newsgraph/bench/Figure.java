package newsgraph.bench;

import java.util.Locale;
import org.apache.jena.atlas.json.JsonBoolean;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One measured figure next to the baseline measured in the same run, their ratio, and the target it is held
 * to (if any).
 *
 * @param part     extraction, load, queries or memory
 * @param name     what was measured
 * @param value    the figure
 * @param unit     its unit, e.g. "articles/s", "s", "ms", "MB"
 * @param baseline what it is compared with
 * @param base     the baseline's value, in the same unit
 * @param target   the target, e.g. "ratio <= 2.5", or "" for none
 * @param holds    whether the target holds (null without a target)
 */
record Figure(String part, String name, double value, String unit, String baseline, double base, String target,
              Boolean holds) {

    /** value / baseline. */
    double ratio() {
        return base == 0 ? Double.NaN : value / base;
    }

    JsonObject json() {
        JsonObject o = new JsonObject();
        o.put("part", part);
        o.put("figure", name);
        o.put("value", number(value));
        o.put("unit", unit);
        o.put("baseline", baseline);
        o.put("baseline_value", number(base));
        o.put("ratio", number(ratio()));
        o.put("target", target);
        o.put("holds", holds == null ? JsonNull.instance : new JsonBoolean(holds));
        return o;
    }

    static JsonValue number(double d) {
        return Double.isFinite(d) ? JsonNumber.valueDecimal(String.format(Locale.ROOT, "%.4f", d)) : JsonNull.instance;
    }
}
