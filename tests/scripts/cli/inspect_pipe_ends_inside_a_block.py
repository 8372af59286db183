# -i with piped stdin: the prompts go to stderr, a block still open at the end of the input runs, and the end of input leaves a newline after the last prompt.
