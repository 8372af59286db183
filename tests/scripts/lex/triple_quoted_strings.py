# Triple-quoted strings span lines and keep quotes and newlines.
a = """line one
line "two"
  line three"""
print(a)
b = '''it's 'quoted' '''
print(b)
c = """\
no leading newline"""
print(c)
print(len("""
"""))
