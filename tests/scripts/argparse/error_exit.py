# argparse reads sys.argv, reports a bad value on stderr and exits with status 2
import argparse
p = argparse.ArgumentParser(description='Sum numbers.')
p.add_argument('numbers', type=int, nargs='+')
p.add_argument('--scale', type=float, default=1.0)
args = p.parse_args()
print(sum(args.numbers) * args.scale)
