# json.tool pretty-prints a JSON file (sorted keys, compact, tab indent, no indent) and reports invalid JSON
import sys, json.tool
for argv in (['--sort-keys'], ['--compact'], ['--tab', '--no-ensure-ascii'], ['--no-indent']):
    sys.argv = ['json.tool'] + argv + ['tool_cli_input.json']
    json.tool.main()
sys.argv = ['json.tool', 'tool_cli_bad.json']
try:
    json.tool.main()
except SystemExit as e:
    print('SystemExit:', e)
