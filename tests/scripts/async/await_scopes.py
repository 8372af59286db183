# Where await and async comprehensions are allowed: lambdas, nested defs and class bodies inside async def are not async
for src in ["async def f():\n    g = lambda: await x\n", "async def f():\n    def g():\n        await x\n",
            "async def f():\n    class C:\n        await x\n", "await x\n", "async def f():\n    [await x for y in z]\n    (await x for y in z)\n    return 1\nprint('ok')\n",
            "def f():\n    (x async for x in y)\n    [x for x in (y async for y in z)]\nprint('ok2')\n",
            "def f():\n    [await x for y in z]\n", "def f():\n    [[x async for x in y] for z in w]\n",
            "async def f():\n    yield\n    return\nprint('ok3')\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
