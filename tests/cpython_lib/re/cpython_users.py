# CPython's own textwrap (from /usr/lib/python3.11) running on the native re
import sys
sys.path.insert(0, '/usr/lib/python3.11')
import textwrap
print(textwrap.__file__)
print(textwrap.wrap("The quick brown fox jumps over the lazy dog " * 3, 30))
print(textwrap.dedent("   a\n    b\n   c"))
print(textwrap.fill("hello-world this is a long-ish sentence, isn't it? Yes--it is.", 15))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.shorten("Hello  world!  How are you?", width=15))
print(textwrap.TextWrapper(width=10, break_long_words=False).wrap('supercalifragilistic is long'))
