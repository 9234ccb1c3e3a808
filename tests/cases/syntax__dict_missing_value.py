config = {"debug": True, "level": }
print(config)
