class C:
    await f()
