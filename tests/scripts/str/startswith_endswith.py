# startswith/endswith accept a string or a tuple of strings, and optional bounds.
name = "report_2024.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith(".txt"))
print(name.endswith((".txt", ".csv")), name.startswith(("x", "y")))
print(name.startswith("2024", 7), name.endswith("report", 0, 6), "".startswith(""))
