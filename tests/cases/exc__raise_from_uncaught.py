def load_config(raw):
    try:
        return {"port": int(raw["port"])}
    except KeyError as e:
        raise LookupError(f"config is missing {e}") from e
    except ValueError as e:
        raise TypeError("port must be numeric") from e


print(load_config({"port": "8080"}))
try:
    load_config({})
except LookupError as e:
    print("handled:", e, "| args:", e.args)
print("now an unhandled chained error")
load_config({"port": "eighty"})
