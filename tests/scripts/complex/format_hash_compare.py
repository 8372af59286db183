# format() of complex numbers, hashes equal to int/float ones, equality with numbers, truth, dict keys
print(format(1 + 2j, '.2f'), format(1.5 - 2j, '>12'), format(1 + 2j, ''), format(3j, 'g'), format(1 + 2j, '^20.3e'))
print(f"{2.5j:.1f}", f"{1-1j:+.1f}")
print(hash(1 + 0j) == hash(1), hash(2j), hash(1.5 - 3j))
print(1 == 1 + 0j, 1.5 == 1.5 + 0j, (1 + 2j) != (1 + 2j), 2j == 2, bool(0j), bool(1j))
print({1j: 'a', 1: 'b', 1 + 0j: 'c'})
print((1j).real, (1j).imag, (1j).__getnewargs__())
