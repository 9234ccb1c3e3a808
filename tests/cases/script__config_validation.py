"""Config validation: checks a nested config against a schema, then fails hard."""

SCHEMA = {
    "name": (str, True),
    "port": (int, True),
    "debug": (bool, False),
    "workers": (int, False),
    "tags": (list, False),
}


def validate(config, schema=SCHEMA):
    errors = []
    for key, (kind, required) in sorted(schema.items()):
        if key not in config:
            if required:
                errors.append(f"missing required key {key!r}")
            continue
        value = config[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            errors.append(f"{key}: expected {type(kind()).__name__}, got {type(value).__name__}")
    for key in sorted(set(config) - set(schema)):
        errors.append(f"unknown key {key!r}")
    if config.get("port", 1) not in range(1, 65536):
        errors.append(f"port {config['port']} out of range")
    return errors


def load(config):
    errors = validate(config)
    if errors:
        raise ValueError(f"{len(errors)} problem(s): " + "; ".join(errors))
    return {"debug": False, "workers": 1, "tags": [], **config}


CONFIGS = [
    {"name": "svc", "port": 8080},
    {"name": "svc", "port": True, "debug": "yes"},
    {"port": 70000, "verbose": 1, "tags": ["a"]},
    {"name": "ok", "port": 22, "workers": 4, "debug": True},
]

if __name__ == "__main__":
    for i, cfg in enumerate(CONFIGS):
        try:
            loaded = load(cfg)
            print(f"config {i}: ok ->", sorted(loaded.items()))
        except ValueError as e:
            print(f"config {i}: {e}")
    print("loading a broken config without a handler")
    load({"name": 5})
