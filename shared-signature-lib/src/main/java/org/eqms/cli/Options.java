package org.eqms.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} command-line options; anything else is a usage error. */
final class Options {
    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /** Parses {@code args}, refusing any option not in {@code known}. */
    static Options parse(List<String> args, java.util.Set<String> known) {
        Options options = parse(args);
        for (String name : options.values.keySet()) {
            if (!known.contains(name)) {
                throw new AuditCli.UsageException("unknown option " + name);
            }
        }
        return options;
    }

    static Options parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!name.startsWith("--") || i + 1 >= args.size()) {
                throw new AuditCli.UsageException("expected --option value, got '" + name + "'");
            }
            if (values.put(name, args.get(i + 1)) != null) {
                throw new AuditCli.UsageException(name + " given twice");
            }
        }
        return new Options(values);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new AuditCli.UsageException("missing " + name);
        }
        return value;
    }

    long requiredLong(String name) {
        try {
            return Long.parseLong(required(name));
        } catch (NumberFormatException e) {
            throw new AuditCli.UsageException(name + " must be a whole number");
        }
    }

    String optional(String name) {
        return values.get(name);
    }

    String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
