# unittest.main() runs the module's tests, reports on stderr and exits with status 1 on failure
import unittest
class T(unittest.TestCase):
    def test_ok(self):
        self.assertIn(1, [1, 2])
    def test_bad(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_raise(self):
        raise ValueError('boom')
if __name__ == '__main__':
    unittest.main()
