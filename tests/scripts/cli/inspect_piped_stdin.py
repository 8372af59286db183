# -qi (combined flags) with stdin piped: after the script, the REPL reads statements from stdin
x = 20
print("script ran")
