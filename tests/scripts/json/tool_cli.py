# json.tool pretty-prints a JSON file given on the command line, keys sorted, tab indent
import json.tool
json.tool.main()
