"""TestSuite: a composite of tests that also runs class and module fixtures."""

import sys

from . import case
from .util import strclass

__unittest = True


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, lambda: None)
    func()


def _is_not_suite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _ErrorHolder(object):
    """Stands for a fixture (setUpClass, setUpModule, ...) whose error is reported."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class BaseTestSuite(object):
    """A collection of tests, run in order."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated before passing '
                            'them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, 'countTestCases'):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also calls setUpClass/tearDownClass and setUpModule/tearDownModule."""

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top_level = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_not_suite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _run_fixture(self, result, fixture, method_name, parent):
        """Calls a class or module fixture; reports what it raises. True when it passed."""
        if fixture is None:
            return True
        _call_if_exists(result, '_setupStdout')
        try:
            fixture()
            return True
        except Exception as exc:
            error = _ErrorHolder(f'{method_name} ({parent})')
            add_skip = getattr(result, 'addSkip', None)
            if add_skip is not None and isinstance(exc, case.SkipTest):
                add_skip(error, str(exc))
            else:
                result.addError(error, sys.exc_info())
            return False
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(current, '__unittest_skip__', False):
            return
        try:
            current._classSetupFailed = False
        except TypeError:
            pass
        if not self._run_fixture(result, getattr(current, 'setUpClass', None), 'setUpClass',
                                 strclass(current)):
            current._classSetupFailed = True

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return previous.__module__ if previous is not None else None

    def _handleModuleFixture(self, test, result):
        previous_module = self._get_previous_module(result)
        current_module = test.__class__.__module__
        if current_module == previous_module:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current_module)
        if not self._run_fixture(result, getattr(module, 'setUpModule', None), 'setUpModule',
                                 current_module):
            result._moduleSetUpFailed = True

    def _handleModuleTearDown(self, result):
        previous_module = self._get_previous_module(result)
        if previous_module is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous_module)
        self._run_fixture(result, getattr(module, 'tearDownModule', None), 'tearDownModule',
                          previous_module)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or previous is None:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, '__unittest_skip__', False):
            return
        self._run_fixture(result, getattr(previous, 'tearDownClass', None), 'tearDownClass',
                          strclass(previous))
        previous.doClassCleanups()
