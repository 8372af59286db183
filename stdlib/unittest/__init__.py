"""unittest: TestCase with assertions, suites, loaders and the text runner (unittest.main)."""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TextTestRunner',
           'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip',
           'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler', 'addModuleCleanup',
           'getTestCaseNames', 'makeSuite', 'findTestCases', 'enterModuleContext',
           'doModuleCleanups']

__unittest = True

from .result import TestResult
from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, makeSuite, getTestCaseNames, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    result = type(cm).__enter__(cm)
    addModuleCleanup(type(cm).__exit__, cm, None, None, None)
    return result


def doModuleCleanups():
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        function(*args, **kwargs)


def installHandler():
    pass


def removeHandler(method=None):
    return method


def registerResult(result):
    pass


def removeResult(result):
    return False


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        raise AttributeError('IsolatedAsyncioTestCase is not available in hotpy')
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
