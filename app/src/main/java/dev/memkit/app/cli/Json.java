package dev.memkit.app.cli;

import dev.memkit.app.transfer.JsonStrings;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON that {@code --json} prints: maps (in their iteration order), lists, strings,
 * numbers, booleans and absent values. Small on purpose: JSON libraries belong to the adapters, and
 * the CLI only ever writes.
 */
final class Json {

  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<?, ?> entry = entries.next();
        JsonStrings.quote(String.valueOf(entry.getKey()), out);
        out.append(':');
        write(entry.getValue(), out);
        if (entries.hasNext()) {
          out.append(',');
        }
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof io.vavr.control.Option<?> option) {
      if (option.isEmpty()) {
        out.append("null");
      } else {
        write(option.get(), out);
      }
    } else {
      JsonStrings.quote(String.valueOf(value), out);
    }
  }
}
