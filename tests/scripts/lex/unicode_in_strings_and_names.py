# Non-ASCII text in string literals and identifiers is read as UTF-8.
café = "naïve 日本語"
print(café)
print(len(café))
Δ = 3
print(Δ * 2)
print("ünïcödé".upper())
