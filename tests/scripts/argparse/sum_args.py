# argparse reads sys.argv (prog is the script name) and parses it
import argparse
p = argparse.ArgumentParser()
p.add_argument('numbers', type=int, nargs='+')
p.add_argument('--scale', type=float, default=1.0)
args = p.parse_args()
print(p.prog, sum(args.numbers) * args.scale)
p.print_usage()
