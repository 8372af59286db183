# 'await' in a plain def is a SyntaxError with its location
src = "def f():\n    x = await g()\n"
try:
    exec(src)
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
for src in ["def f():\n    async for x in y: pass\n", "def f():\n    async with y: pass\n",
            "def f():\n    return [x async for x in y]\n",
            "async def f():\n    yield 1\n    return 2\n",
            "async def f():\n    yield from g()\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
