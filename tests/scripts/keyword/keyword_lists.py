# keyword: kwlist, softkwlist, iskeyword, issoftkeyword
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), keyword.iskeyword('def'), keyword.iskeyword('match'), keyword.iskeyword('print'))
print(keyword.issoftkeyword('match'), keyword.issoftkeyword('_'), keyword.issoftkeyword('if'))
print(sorted(keyword.__all__))
