# isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isupper, islower on sample strings.
samples = ["123", "12.5", "", "abc", "abc123", "   \t\n", "ABC", "abc", "AbC", "²", "½", "é", "Ça"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower())
