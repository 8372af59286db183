# Syntax errors typed at the prompt (stdin piped to -i): what CPython shows and the attributes it sets.
