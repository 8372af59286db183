"""TestLoader: collecting tests from classes, modules and dotted names."""

import sys

from . import case, suite

__unittest = True


class _FailedTest(case.TestCase):
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def test_failure():
            raise self._exception
        return test_failure


class TestLoader(object):
    """Finds the test methods (named 'test...') of TestCase classes."""

    testMethodPrefix = 'test'
    suiteClass = suite.TestSuite
    testNamePatterns = None
    _top_level_dir = None

    def __init__(self):
        self.errors = []

    sortTestMethodsUsing = staticmethod(lambda x, y: (x > y) - (x < y))

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. Maybe you meant '
                            'to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        obj = module
        if module is None:
            for i in range(len(parts), 0, -1):
                try:
                    obj = __import__('.'.join(parts[:i]))
                    for part in parts[1:i]:
                        obj = getattr(obj, part)
                    parts = parts[i:]
                    break
                except ImportError:
                    if i == 1:
                        raise
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (callable(obj) and isinstance(parent, type) and issubclass(parent, case.TestCase)):
            return self.suiteClass([parent(obj.__name__)])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (suite.TestSuite, case.TestCase)):
                return test
            raise TypeError('calling %s returned %s, not a test' % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def is_test_method(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if self.testNamePatterns is None:
                return True
            import fnmatch
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(fnmatch.fnmatchcase(full, p) for p in self.testNamePatterns)
        names = [n for n in dir(testCaseClass) if is_test_method(n)]
        if self.sortTestMethodsUsing is TestLoader.sortTestMethodsUsing:
            names.sort()
        elif self.sortTestMethodsUsing:
            import functools
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Imports the test*.py modules under start_dir and loads their tests."""
        import os
        import fnmatch
        start_dir = os.path.abspath(start_dir)
        top = os.path.abspath(top_level_dir or start_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        tests = []
        for root, dirs, files in os.walk(start_dir):
            dirs[:] = sorted(d for d in dirs
                             if os.path.isfile(os.path.join(root, d, '__init__.py')))
            for filename in sorted(files):
                if filename.endswith('.py') and fnmatch.fnmatch(filename, pattern):
                    rel = os.path.relpath(os.path.join(root, filename[:-3]), top)
                    module_name = rel.replace(os.sep, '.')
                    __import__(module_name)
                    tests.append(self.loadTestsFromModule(sys.modules[module_name],
                                                          pattern=pattern))
        return self.suiteClass(tests)


defaultTestLoader = TestLoader()


def _make_loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if sortUsing:
        loader.sortTestMethodsUsing = sortUsing
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    return _make_loader(prefix, sortUsing, None, testNamePatterns).getTestCaseNames(
        testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=suite.TestSuite):
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=None, suiteClass=suite.TestSuite):
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
