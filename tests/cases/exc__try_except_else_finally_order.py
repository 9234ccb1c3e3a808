def run(action):
    trace = []
    try:
        trace.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "return":
            trace.append("returning")
            return trace
        trace.append("try end")
    except ValueError as e:
        trace.append("except " + str(e))
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    trace.append("after")
    return trace


print(run("ok"))
print(run("raise"))
print(run("return"))


# finally runs even when the exception is not handled here
def unhandled():
    try:
        print("  in try")
        {}["missing"]
    except ValueError:
        print("  not this handler")
    else:
        print("  not else either")
    finally:
        print("  finally before propagating")


try:
    unhandled()
except KeyError as e:
    print("caught outside:", repr(e))
