# Syntax errors after an `async def/for/with` header name the statement as CPython does
for src in ["async def f():\npass\n", "async def f()\n    pass\n",
            "async def f():\n    async for x in y:\n    pass\n",
            "async def f():\n    async with x:\n    pass\n", "async x = 1\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
