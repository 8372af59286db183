# textwrap: wrap/fill with hyphens, em-dashes, long words, indents, max_lines and placeholder, sentence endings; shorten, dedent, indent
import textwrap
text = ("The quick brown fox jumped over the lazy dog's back--twice, a well-known "
        "pangram; supercalifragilisticexpialidocious words and e-mail addresses "
        "like user-name-here break... Really? Yes! 'Quoted.' And\ttabs\tand\nnewlines.")
for width in (10, 17, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 25, max_lines=3), textwrap.wrap(text, 25, max_lines=2, placeholder='~'))
print(textwrap.wrap('one. two. three? four', 12, fix_sentence_endings=True))
print(textwrap.wrap('  lead and trail  ', 8, drop_whitespace=False))
print(textwrap.wrap('a\tb', 20, expand_tabs=False, replace_whitespace=False), textwrap.wrap('a\tb', 20, tabsize=4))
print(textwrap.shorten('Hello  world!   How are you?', 15), textwrap.shorten('Hello world', 11), textwrap.shorten('Hello world', 12, placeholder=' [..]'))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten('hello world', 3)
except ValueError as e:
    print(e)
block = '''
    def f():
        return 1
  \t
    # done
'''
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent('\tone\n\t  two\n')), repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   \n  x\n')))
print(repr(textwrap.indent('a\n\nb\n  \n', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda line: True)))
w = textwrap.TextWrapper(width=15, max_lines=2)
print(w.wrap('many words in this sentence here'), w.fill('short'))
