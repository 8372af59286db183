# -i after a script: the prompt that follows autoreloads too.
from changer import printer
printer(  )
