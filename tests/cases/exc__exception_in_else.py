def work(fail_in):
    try:
        if fail_in == "try":
            raise ValueError("try failed")
        print("  try ok")
    except ValueError as e:
        print("  handler:", e)
    else:
        print("  else runs")
        if fail_in == "else":
            raise ValueError("else failed")  # not caught by the handler above
    finally:
        print("  finally")


for where in ["none", "try", "else"]:
    print(where)
    try:
        work(where)
    except ValueError as e:
        print("  escaped to caller:", e)
