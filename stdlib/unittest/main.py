"""unittest.main: load the tests of a module (or those named on the command line) and run them."""

import os
import sys

from . import loader, runner

__unittest = True

_USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] [tests ...]
"""


class TestProgram(object):
    """Runs the tests of a module from the command line (what unittest.main is)."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _usage_exit(self, message):
        sys.stderr.write(_USAGE % {'prog': self.progName})
        sys.stderr.write('%s: error: %s\n' % (self.progName, message))
        sys.exit(2)

    def parseArgs(self, argv):
        names = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg in ('-c', '--catch'):
                self.catchbreak = True
            elif arg == '--locals':
                self.tb_locals = True
            elif arg == '-k' or arg.startswith('-k'):
                pattern = arg[2:] or (args.pop(0) if args else None)
                if pattern is None:
                    self._usage_exit('argument -k: expected one argument')
                if '*' not in pattern:
                    pattern = '*%s*' % pattern
                self.testNamePatterns = (self.testNamePatterns or []) + [pattern]
            elif arg in ('-h', '--help'):
                sys.stdout.write(_USAGE % {'prog': self.progName})
                sys.exit(0)
            elif arg.startswith('-') and arg != '-':
                self._usage_exit('unrecognized arguments: %s' % arg)
            else:
                names.append(arg)
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        test_runner = self.testRunner or runner.TextTestRunner
        if isinstance(test_runner, type):
            try:
                test_runner = test_runner(verbosity=self.verbosity, failfast=self.failfast,
                                          buffer=self.buffer, warnings=self.warnings,
                                          tb_locals=self.tb_locals)
            except TypeError:
                test_runner = test_runner()
        self.result = test_runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
