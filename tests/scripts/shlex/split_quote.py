# shlex: split (posix and not, comments), quote/join, the shlex class with punctuation_chars and errors
import shlex
for s in ['a b "c d" e\\ f', "it's", 'a "b', 'a\\', 'x # comment', "'a'\"b\"c", 'a|b&&c;d', '"a\\"b"',
          "'a\\'", '  lead  trail  ', '', 'a\\ b\\\\c', '"x\\y"', 'é ü']:
    try:
        print(repr(s), shlex.split(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(shlex.split('x # comment\ny', comments=True), shlex.split('a "b c"', posix=False))
print(list(shlex.shlex('a && b || c; (d)>x', punctuation_chars=True)))
print(list(shlex.shlex('foo bar="x y" 12.5 a,b')))
lexer = shlex.shlex('foo bar="x y" # tail\nnext', posix=True)
lexer.whitespace_split = True
print(list(lexer), lexer.lineno)
lexer = shlex.shlex('one two three')
print(lexer.get_token(), lexer.get_token())
lexer.push_token('again')
print(lexer.get_token(), lexer.get_token(), repr(lexer.get_token()), lexer.error_leader())
print(shlex.quote(''), shlex.quote('abc'), shlex.quote("it's"), shlex.quote('a@b%c+d=e:f,g./-h'), shlex.quote('é'))
print(shlex.join(['a b', 'c', "d'e", '']))
args = ['x y', '$HOME', '"q"', 'plain']
print(shlex.split(shlex.join(args)) == args)
