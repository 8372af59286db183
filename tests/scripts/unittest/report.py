# unittest: TextTestRunner's report (dots, verbose lines, FAIL/ERROR blocks with tracebacks, summary), fixtures, skips, subTest
import sys, time, unittest
time.perf_counter = lambda: 0.0
log = []
def setUpModule():
    log.append('setUpModule')
def tearDownModule():
    log.append('tearDownModule')
class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')
    def setUp(self):
        log.append('setUp ' + self._testMethodName)
    def tearDown(self):
        log.append('tearDown')
    def test_add(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        """Checks that a failure is reported."""
        self.assertEqual(1 + 1, 3)
    def test_error(self):
        {}['missing']
    @unittest.skip('not today')
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_unexpected(self):
        pass
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_skip_inside(self):
        self.skipTest('inside')
@unittest.skipIf(True, 'whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        pass
class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup failed')
    def test_never(self):
        pass
suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
print(suite.countTestCases())
class PathFree:
    # tracebacks name this file by its absolute path, which changes from run to run
    def write(self, text):
        sys.stdout.write(text.replace(__file__, 'SCRIPT'))
    def flush(self):
        sys.stdout.flush()
for verbosity in (1, 2):
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(stream=PathFree(), verbosity=verbosity).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
    print(repr(result).replace('unittest.runner.', ''))
print(log[:6], log[-3:])
t = Arithmetic('test_add')
print(str(t), repr(t), t.id(), Arithmetic('test_fail').shortDescription(), t.countTestCases(), t == Arithmetic('test_add'))
try:
    Arithmetic('nope')
except ValueError as e:
    print('ValueError', e)
