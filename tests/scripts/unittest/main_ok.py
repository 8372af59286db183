# unittest.main(exit=False) with verbosity 2, then a passing run's result object
import unittest, sys, time
time.perf_counter = lambda: 0.0
class Good(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)
    def test_two(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
prog = unittest.main(exit=False, verbosity=2, argv=['prog'])
print(prog.result.wasSuccessful(), prog.result.testsRun)
