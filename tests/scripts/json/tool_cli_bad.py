# json.tool reports invalid JSON with the decoder's message and exit status 1
import json.tool
json.tool.main()
