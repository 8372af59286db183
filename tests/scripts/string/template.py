# string.Template: substitute/safe_substitute, errors with line and column, custom delimiter and flags, identifiers
import string
t = string.Template('$who likes ${what}, $$5 please')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a'}, what='b'))
print(t.safe_substitute(who='tim'), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $ here').substitute()
except ValueError as e:
    print(e)
print(string.Template('x\n  $').is_valid(), string.Template('$a $a $b').get_identifiers())
class Percent(string.Template):
    delimiter = '%'
print(Percent('%name is %{age}').substitute(name='Bo', age=3))
class Strict(string.Template):
    flags = 0
print(Strict('$Up $low').safe_substitute(Up=1, low=2))
